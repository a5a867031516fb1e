// Attachments named with the abbreviation `bil.` / `bil` alone (no `bilaga` anywhere in the §): the
// lexicon has had both forms, but the body was only searched when it said `bilaga`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const minutes = (body: string): string =>
  ['Protokoll', 'Styrelsen för Samordningsförbundet Ekdal', '2024-03-11', '', '§ 4 Budget 2025', '', body, '', '§ 5 Övriga frågor', '', 'Inga övriga frågor.'].join('\n');
const attachmentsOf = (body: string): string[] => parse(minutes(body)).documents[0]!.items.find((i) => i.number === 4)!.attachments;

describe('attachments abbreviated `bil.`', () => {
  it('reads `enligt bil. 3` and `se bil 2` in the text', () => {
    expect(attachmentsOf('Förbundschefen redogör för förslaget enligt bil. 3.\n\nStyrelsen beslutar att godkänna budgeten, se bil 2.')).toEqual(['3', '2']);
  });

  it('reads a line of its own, `Bil. 1`', () => {
    expect(attachmentsOf('Styrelsen beslutar att godkänna budgeten.\n\nBil. 1')).toEqual(['1']);
  });

  it('reads nothing in a word that holds `bil` (`mobil`, `bilen`, `stabil`)', () => {
    expect(attachmentsOf('Ekonomin är stabil 2024. Mobil verksamhet i bilen 3 dagar i veckan.')).toEqual([]);
  });
});
