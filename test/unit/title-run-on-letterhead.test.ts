// A front page run on in one line (a web archive's text of a PDF) that opens with its letterhead's
// organisation or organ before the kind's word (`NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum
// …`): the title is the kind's word; there was none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const PAGE = (letterhead: string) =>
  `${letterhead} Sammanträdesdatum Socialnämnden 2024-10-22 Plats och tid Kommunhuset, klockan 13:30-16:10 Beslutande Lena Ström (S), ordförande Kjell Ros (C) Utses att justera Kjell Ros\n\n§ 101 Val av justerare\nSocialnämnden utser Kjell Ros att justera protokollet.\n`;

describe('a page run on after its letterhead', () => {
  it('is titled by the kind’s word after the organisation', () => {
    const [d] = parseText(PAGE('NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL')).documents;
    expect([d!.kind, d!.title]).toEqual(['minutes', 'SAMMANTRÄDESPROTOKOLL']);
  });

  it('and after the organ', () => {
    const [d] = parseText(PAGE('Socialnämnden Protokoll')).documents;
    expect([d!.kind, d!.title]).toEqual(['minutes', 'Protokoll']);
  });

  it('but not by a word in lower case in a sentence', () => {
    const [d] = parseText(PAGE('Norrviks kommun protokollför')).documents;
    expect(d!.title).toBeNull();
  });
});

describe('a page count after the kind’s word in a letterhead run on', () => {
  it('is no number of the title', () => {
    const [d] = parseText(PAGE('Norrviks kommun Kommunstyrelsen Sammanträdesprotokoll 1 (9)')).documents;
    expect(d!.title).toBe('Sammanträdesprotokoll');
  });
});
