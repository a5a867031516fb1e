// A point's heading run on with what follows it on a page an extractor wrote on one line: the
// title ends at a case number's label (`Dnr 2022/14`) or a presenter's (`Föredragande:`), also
// past capitals that seemed to open the text (a project's name after a dash), and at a
// sentence that opens on a preposition in capitals (`Till justerare valdes …`) or a decision's heading
// (`Beslut att utse …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';
import { parse } from '../../src/index.js';

describe('labels and sentences that end a run-on title', () => {
  it('ends the title at a case number label with its number, past a project name in capitals', () => {
    expect(splitInlineTitle('Ansökan om medel – Projekt Nya steg Dnr 2021/33 Förbundschefen föreslår att projektet beviljas medel.')).toEqual({
      title: 'Ansökan om medel – Projekt Nya steg',
      body: 'Dnr 2021/33 Förbundschefen föreslår att projektet beviljas medel.',
    });
    // (a `Dnr` with no number after it is a word of the title's)
    expect(splitInlineTitle('Rutin för Dnr hantering Kansliet redovisar rutinen.').title).toBe('Rutin för Dnr hantering');
  });

  it('ends the title at a presenter label, not at the name after it', () => {
    expect(splitInlineTitle('Delårsrapport mars 2025 Föredragande: Sven Ulf, ekonom').title).toBe('Delårsrapport mars 2025');
  });

  it('ends the title where a sentence opens on a preposition in capitals, before the name in it', () => {
    expect(splitInlineTitle('Val av protokolljusterare Till protokolljusterare valdes Nils Vide.').title).toBe('Val av protokolljusterare');
    // (after a preposition in lower case, a capital is a name's: the title goes on)
    expect(splitInlineTitle('Information från Till Unga Ida Rask informerar.').title).toBe('Information från Till Unga');
  });

  it('ends a one-word title at a preposition in capitals after it', () => {
    expect(splitInlineTitle('Protokollsjusterare Till att justera protokollet utses Nils Vide.').title).toBe('Protokollsjusterare');
  });

  it("keeps a label's word that titles a § (`§ 1 Protokolljusterare`) as the title of a page on one line", () => {
    const text =
      'Protokoll fört vid direktionens sammanträde den 4 maj 2021 kl. 18.00 i Bygdegården, Ekby. Närvarande: Eva Ros (S), ordförande, ' +
      'Leo Alm (M) Sekreterare: Gun Ahl § 1 Protokolljusterare Till att justera protokollet utses Leo Alm. § 2 Taxor Direktionen beslutar att höja taxorna.\n';
    const [doc] = parse(text).documents;
    expect(doc!.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Protokolljusterare'],
      [2, 'Taxor'],
    ]);
    expect(doc!.signatures?.adjusters).toEqual(['Leo Alm']);
  });

  it("ends the title at a decision's heading, not at the name in the decision", () => {
    expect(splitInlineTitle('Val av justerare Beslut att utse Nils Vide till justerare.')).toEqual({
      title: 'Val av justerare',
      body: 'Beslut att utse Nils Vide till justerare.',
    });
    // (`Beslut om …` after a dash is the title's own word)
    expect(splitInlineTitle('Information – Beslut om taxor Ida Rask informerar.').title).toBe('Information – Beslut om taxor');
  });

  it('reads the case number and presenter of an agenda written on one line', () => {
    const text =
      'KALLELSE Socialnämndens arbetsutskott Tid: Onsdag 9 april 2025 kl. 13:00 Plats: Lilla salen, Stadshuset ' +
      'Ärenden 1. Val av justerare 2. Delårsrapport mars 2025 Dnr SN 2025/41 Föredragande: Sven Ulf, ekonom ' +
      '3. Ansökan om medel – Projekt Nya steg Dnr SN 2025/12 4. Övriga frågor\n';
    const [doc] = parse(text).documents;
    expect(doc!.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Val av justerare', null, null],
      [2, 'Delårsrapport mars 2025', 'SN 2025/41', 'Sven Ulf'],
      [3, 'Ansökan om medel – Projekt Nya steg', 'SN 2025/12', null],
      [4, 'Övriga frågor', null, null],
    ]);
  });
});
