// An organ's heading that writes the § with its year and no sign: `KS 107/16 Strategisk plan`,
// `KSAU 130/2014 Dnr 2014/412 Ombudgetering 2014`, `KS 353/2008 Tillkommande ärenden` (the §'s
// number and the year of the count, as registers that count §§ a year write it). A case number
// of the same shape under a `§ 12` heading stays the item's case number. Every text is invented.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, text } from './helpers.js';

const heads = (doc: Document): [number | null, string, string | null][] => doc.items.map((i) => [i.number, i.title, i.caseNumber]);

describe('an organ’s headings with the § number and its year (`KS 107/16 Title`)', () => {
  it('two-digit year, the title after it', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2016-05-10',
        '',
        'KS 107/16 Strategisk plan med budget',
        'Kommunstyrelsen beslutar att föreslå fullmäktige att anta planen.',
        '',
        'KS 108/16 Taxa för vatten och avlopp i Norrvik',
        'Kommunstyrelsen beslutar att godkänna taxan.',
        '',
        'KS 109/16 Policy för internationellt arbete',
        'Kommunstyrelsen beslutar att anta policyn.',
      ),
    );
    expect(heads(doc)).toEqual([
      [107, 'Strategisk plan med budget', null],
      [108, 'Taxa för vatten och avlopp i Norrvik', null],
      [109, 'Policy för internationellt arbete', null],
    ]);
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Kommunstyrelsen beslutar att godkänna taxan.']);
  });

  it('four-digit year, a case number after it', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Kommunstyrelsens arbetsutskott',
        'Sammanträdesdatum 2014-09-02',
        '',
        'KSAU 130/2014 Dnr 2014/412 Ombudgetering 2014',
        'Arbetsutskottet föreslår kommunstyrelsen att godkänna ombudgeteringen.',
        '',
        'KSAU 131/2014 Dnr 2014/388 Riktlinjer för lokalförsörjning',
        'Arbetsutskottet beslutar att remittera riktlinjerna.',
      ),
    );
    expect(heads(doc)).toEqual([
      [130, 'Ombudgetering 2014', '2014/412'],
      [131, 'Riktlinjer för lokalförsörjning', '2014/388'],
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
