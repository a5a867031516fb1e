// An organ's heading that writes the § with its year and no sign: `KS 62/19 Mål och budget`,
// `KSAU 74/2017 Dnr 2017/233 Tilläggsbudget 2017`, `KS 215/2011 Nya ärenden` (the §'s
// number and the year of the count, as registers that count §§ a year write it). A case number
// of the same shape under a `§ 12` heading stays the item's case number. Every text is invented.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, text } from './helpers.js';

const heads = (doc: Document): [number | null, string, string | null][] => doc.items.map((i) => [i.number, i.title, i.caseNumber]);

describe('an organ’s headings with the § number and its year (`KS 62/19 Title`)', () => {
  it('two-digit year, the title after it', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2019-04-09',
        '',
        'KS 62/19 Mål och budget',
        'Kommunstyrelsen beslutar att föreslå fullmäktige att anta planen.',
        '',
        'KS 63/19 Taxa för vatten och avlopp i Norrvik',
        'Kommunstyrelsen beslutar att godkänna taxan.',
        '',
        'KS 64/19 Policy för internationellt arbete',
        'Kommunstyrelsen beslutar att anta policyn.',
      ),
    );
    expect(heads(doc)).toEqual([
      [62, 'Mål och budget', null],
      [63, 'Taxa för vatten och avlopp i Norrvik', null],
      [64, 'Policy för internationellt arbete', null],
    ]);
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Kommunstyrelsen beslutar att godkänna taxan.']);
  });

  it('four-digit year, a case number after it', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Kommunstyrelsens arbetsutskott',
        'Sammanträdesdatum 2017-05-23',
        '',
        'KSAU 74/2017 Dnr 2017/233 Tilläggsbudget 2017',
        'Arbetsutskottet föreslår kommunstyrelsen att godkänna tilläggsbudgeten.',
        '',
        'KSAU 75/2017 Dnr 2017/219 Riktlinjer för lokalförsörjning',
        'Arbetsutskottet beslutar att remittera riktlinjerna.',
      ),
    );
    expect(heads(doc)).toEqual([
      [74, 'Tilläggsbudget 2017', '2017/233'],
      [75, 'Riktlinjer för lokalförsörjning', '2017/219'],
    ]);
  });

  it('a case number of that shape under a § heading is the item’s case number', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen',
        'Datum 2024-10-15',
        '',
        '§ 252',
        'Ks 478/2024 Optionsavtal för del av fastigheten Norrby 2:2',
        'Kommunstyrelsen beslutar att godkänna optionsavtalet.',
        '',
        '§ 253',
        'Ks 512/2024 Delårsrapport per den 31 augusti 2024',
        'Kommunstyrelsen beslutar att överlämna delårsrapporten till fullmäktige.',
      ),
    );
    expect(heads(doc).map(([n]) => n)).toEqual([252, 253]);
  });
});
