// The outcome of a § whose decision shares its line with the case's description, as a page
// flattened into one line per § prints it (`§ 33 … Ärendebeskrivning Förvaltningen redovisar
// utfallet. Beslut Socialnämnden godkänner uppföljningen.`) or notes write it under `Sammanfattning`
// (`… förklarar mötet öppnat. Dagordning godkänns.`): the decision read there states it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('a decision on the line of the description', () => {
  const doc = meetingDoc(
    [
      'PROTOKOLL Socialnämnden 2023-04-18',
      '',
      '§ 33 Dnr SN 2023/12 Ekonomisk uppföljning Ärendebeskrivning Förvaltningen redovisar utfallet. Beslut Socialnämnden godkänner uppföljningen.',
      '',
      '§ 34 Dnr SN 2023/13 Ansökan om bidrag Ärendebeskrivning Föreningen söker bidrag. Beslut Ansökan avslås.',
      '',
      '§ 35 Mötets öppnande',
      '',
      'Sammanfattning',
      'Ordföranden hälsar välkommen och förklarar mötet öppnat. Dagordningen godkänns.',
    ].join('\n'),
  );

  it('gives the outcome the decision states', () => {
    expect(item(doc, 33).decisions.map((d) => d.text)).toEqual(['Socialnämnden godkänner uppföljningen.']);
    expect(item(doc, 33).outcome).toBe('approved');
    expect(item(doc, 34).outcome).toBe('rejected');
    expect(item(doc, 35).outcome).toBe('approved');
  });
});
