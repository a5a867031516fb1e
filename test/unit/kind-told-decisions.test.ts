// A meeting's page under no kind's word (`Styrelsemöte 2019-05-02` / numbered points) whose points
// tell what was decided or who was elected in the past passive (`Det beslutades att …`, `Lena
// valdes till sekreterare.`): the record of the meeting, not its agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (told: string): string =>
  text(
    'Styrelsemöte 2019-05-02',
    '',
    'Kallade: Per, Lena, Ida',
    '',
    '1. Mötets öppnande',
    '',
    'Mötet öppnades kl 18.',
    '',
    '2. Årsmöte',
    told,
    '',
    '3. Nästa möte',
    'Per förbereder nästa möte.',
  );

describe('decisions told in the past passive', () => {
  it.each([['Det beslutades att årsmötet hålls 2020-02-11.'], ['Lena valdes till mötessekreterare.'], ['Beslöts att årsmötet hålls i Ekby.']])('%s → a record', (told) => {
    const doc = meetingDoc(page(told));
    // (round 58: a record whose points decide is the minutes; notes until then)
    expect(doc.kind).toBe('minutes');
  });

  it('an agenda that only lists the points stays a notice', () => {
    const doc = meetingDoc(page('Val av sekreterare och beslut om årsmötet.'));
    expect(doc.kind).toBe('notice');
  });
});
