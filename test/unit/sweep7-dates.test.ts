// A compact date (`180414`) ending a document's heading of its kind or organ, met in sweep 7
// in associations' and working groups' minutes and notes. Invented texts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const doc = (heading: string, below = ''): ReturnType<typeof meetingDoc> =>
  meetingDoc([heading, below, '', 'Närvarande: Anna Berg, Försäkringskassan', '', '1. Mötets öppnande', '2. Ekonomi', 'Informationen noterades.'].join('\n'));

describe('a compact date ending the heading', () => {
  it.each([
    ['Protokoll 190512', '2019-05-12'],
    ['Minnesanteckningar beredningsgruppen 230531', '2023-05-31'],
    ['Protokoll styrelsemöte 221103', '2022-11-03'],
  ])('%s → %s', (heading, date) => {
    expect(doc(heading).meeting?.date).toBe(date);
  });

  it('is no date where it is a number in the text', () => {
    expect(doc('Protokoll', 'Ärende 230531 behandlades inte').meeting?.date).toBeNull();
  });
});
