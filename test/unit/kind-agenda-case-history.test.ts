// A web agenda under no kind's word (`Sammanträde 2021-05-04` / `Plats` / numbered points) whose
// points tell the case's history under `Beskrivning av ärendet` or `Bakgrund` (`Riktlinjerna
// antogs av fullmäktige 2016 …`, `… godkändes av utskottet`): decisions of other meetings, so
// still the agenda. The same page whose points say what this meeting decided stays a record.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (heading: string, told: string): string =>
  text(
    'Sammanträde 2021-05-04',
    '',
    'Plats',
    'Kommunhuset, Ekby',
    '',
    '1 Förvaltningschefens rapport',
    '',
    'Förslag till beslut',
    '- Informationen noteras.',
    '',
    '2 Riktlinjer för bostadsanpassning',
    '',
    'Förslag till beslut',
    '- Reviderade riktlinjer antas.',
    '',
    heading,
    told,
    '',
    '3 Anmälan av delegationsbeslut',
    '',
    'Förslag till beslut',
    '- Anmälan noteras.',
  );

describe('a web agenda telling its cases\' history', () => {
  it.each([
    ['Beskrivning av ärendet', 'Riktlinjerna godkändes av kommunfullmäktige 2016-03-10.'],
    ['Bakgrund', 'Kommunfullmäktige beslutade 2019-02-14 att uppdra åt styrelsen att se över riktlinjerna.'],
    ['Ärendebeskrivning', 'Utskottet behandlade förslaget i april.', ],
  ])('%s / a decision of another meeting → notice', (heading, told) => {
    expect(meetingDoc(page(heading, `${told}\nFörslaget godkändes av utskottet 2021-04-12.`)).kind).toBe('notice');
  });

  it('a decision of this meeting under no history heading → the minutes (round 58; notes until then)', () => {
    expect(meetingDoc(page('Beslut', 'Styrelsen beslutade att anta riktlinjerna.')).kind).toBe('minutes');
  });

  it('a decision after the history, under its own heading → the minutes (round 58; notes until then)', () => {
    expect(meetingDoc(page('Bakgrund', 'Frågan väcktes i mars.\n\nBeslut\nStyrelsen beslutade att anta riktlinjerna.')).kind).toBe('minutes');
  });
});
