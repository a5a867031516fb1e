// A federation board's minutes titled with their number, the meeting and its day and venue in one line:
// `Protokoll nr 5 vid Förbundsstyrelsens sammanträde den 3 maj 2006, Föreningshuset, Ekby` (or the number left
// out, `Protokoll nr fört vid …`). The whole line is the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const minutes = (title: string): string =>
  text(
    title,
    '',
    'Deltagande: Rolf Berg (Ordf), Jane Ek, Leif Holm',
    'Vid protokollet: Thomas Lund',
    '',
    '1. Sammanträdets öppnande',
    'Ordf öppnar mötet.',
    '',
    '2. Budget 2007',
    'Förbundsstyrelsen beslutar att anta budgeten.',
    '',
    '3. Rapporter',
    'Generalsekreteraren rapporterar.',
  );

describe('a numbered minutes title naming the meeting, its day and venue', () => {
  it.each([
    ['Protokoll nr 5 vid Förbundsstyrelsens sammanträde den 3 maj 2006, Föreningshuset, Ekby'],
    ['Protokoll nr fört vid Förbundsstyrelsens sammanträde den 3 september 2007, Hotell Norr, Västby'],
    ['Protokoll nr 3/2011 vid Förbundsstyrelsens sammanträde den 25 februari 2011, Ekby'],
  ])('%s', (title) => {
    const doc = parseText(minutes(title)).documents[0]!;
    expect(doc.kind).toBe('minutes');
    expect(doc.title).toBe(title);
  });
});
