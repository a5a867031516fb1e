// Notes kept as an action list with the label run on after the decision, on its line (`Beslut:
// Kansliet tar fram en broschyr. Ansvarig: Eva Ås`, `… Ansvar: Per Ek Klart till: maj`): who carries
// it out and by when is no part of the decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('Minnesanteckningar', 'Beredningsgruppen', 'Datum: 2024-03-12', '', '1. Budgetuppföljning', ...body, '', '2. Övrigt', 'Inget övrigt.'));
const decided = (...body: string[]) => item(doc(...body), 1).decisions.map((d) => [d.text, d.by]);

describe('an action label on the decision line', () => {
  it('`Ansvarig:` after the decision', () => {
    expect(decided('Ekonomen redogjorde för utfallet.', 'Beslut: Beredningsgruppen godkänner uppföljningen. Ansvarig: Lisa Berg')).toEqual([['Beredningsgruppen godkänner uppföljningen.', 'Beredningsgruppen']]);
  });

  it('`Ansvar:` and a deadline after a passive', () => {
    expect(decided('Beslut: Förslaget tas upp på nästa möte. Ansvar: Per Ek Klart till: 2024-04-01')).toEqual([['Förslaget tas upp på nästa möte.', null]]);
  });

  it('under a decision heading', () => {
    expect(decided('Beslut', 'Kansliet får i uppdrag att ta fram en broschyr. Ansvarig: Eva Ås, klart till maj')).toEqual([['Kansliet får i uppdrag att ta fram en broschyr.', null]]);
  });

  it('the word inside the decision stays', () => {
    expect(decided('Beslut: Beredningsgruppen godkänner att kansliet tar ansvar för uppföljningen.')).toEqual([['Beredningsgruppen godkänner att kansliet tar ansvar för uppföljningen.', 'Beredningsgruppen']]);
  });
});
