// Minutes whose text kept its lines but lost its form feeds, each page headed again by the
// kind with its counter, the date's label and the organ with the date
// (`SAMMANTRÄDESPROTOKOLL 2 (3)` / `Sammanträdesdatum` / `Miljönämnden 2024-02-14`), and whose §§
// give their case numbers on lines of their own (`Dnr MN 2024/118`). A case number that ends a
// line has the shape of a counter (`page / pages`) but counts down: it starts no page, so the
// header's lines recur on pages that follow each other and go as furniture; the minutes are one
// document. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const head = (page: number): string[] => [`SAMMANTRÄDESPROTOKOLL ${page} (3)`, 'Sammanträdesdatum', 'Miljönämnden 2024-02-14', ''];
const text = [
  ...head(1),
  'Plats och tid Ekbackens skola, kl 18.00-20.15',
  '',
  '§ 11 Val av justerare',
  'Tove Lind utses att justera.',
  '',
  '§ 12 Strandskyddsdispens för brygga',
  'Dnr MN 2024/118',
  'Miljönämnden beviljar dispensen.',
  '',
  ...head(2),
  '§ 13 Föreläggande om avlopp',
  'Dnr MN 2024/131',
  'Miljönämnden beslutar att förelägga ägaren att åtgärda avloppet.',
  '',
  ...head(3),
  '§ 14 Meddelanden',
  'Meddelandena läggs till handlingarna.',
  '',
].join('\n');

describe('a case number that ends a line is no page counter', () => {
  const docs = parseText(text).documents;
  it('reads one minutes with every § and its case number', () => {
    expect(docs.map((d) => d.kind)).toEqual(['minutes']);
    expect(docs[0]!.items.map((it) => [it.number, it.caseNumber])).toEqual([
      [11, null],
      [12, 'MN 2024/118'],
      [13, 'MN 2024/131'],
      [14, null],
    ]);
  });

  it('keeps no running header in a § body', () => {
    expect(docs[0]!.items[1]!.text).toBe('Miljönämnden beviljar dispensen.');
    expect(docs[0]!.items[2]!.decisions.map((d) => d.text)).toEqual(['Miljönämnden beslutar att förelägga ägaren att åtgärda avloppet.']);
  });
});
