// A city's web agenda that writes each point's case number in brackets, its parts apart with
// spaced dashes and slashes (`(Dnr 002 – 412 / 06)`, `(D nr 099 – 377/06)`), on a line under the
// point's first sentence. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readCaseNumber } from '../../src/text/case-number.js';
import { item, meetingDoc } from './helpers.js';

describe('a case number written with spaced dashes', () => {
  const doc = meetingDoc(
    [
      'Sammanträde 2006-10-12',
      '',
      'Datum',
      'Klockan',
      '18:00',
      'Plats',
      'Norrby Träff, Lindvägen 4',
      '',
      '1 Justering av dagens protokoll',
      '',
      'Utseende av protokolljusterare',
      '',
      '2 Anmälan av protokoll från kommunfullmäktige',
      '',
      'Anmäls protokoll från kommunfullmäktige 2006-09-25.',
      '(Dnr 002 – 412 / 06)',
      '',
      'Förslag till beslut',
      '',
      '1. Anmälan läggs till handlingarna.',
      '',
      '3 Medborgarförslag om belysning i Björkparken',
      '',
      'Föreligger tjänsteutlåtande 2006-09-28.',
      '(D nr 099 – 377/06)',
      '',
      'Förslag till beslut',
      '',
      '1. Stadsdelsnämnden tillstyrker förslaget.',
      '',
      '4 Yttrande över remiss om cykelplan',
      '',
      'Föreligger tjänsteutlåtande 2006-09-30.',
      '(D nr 205 – 393 / 06)',
    ].join('\n'),
  );

  it('is read whole, as written, from its line in the body', () => {
    expect(item(doc, 2).caseNumber).toBe('002 – 412 / 06');
    expect(item(doc, 3).caseNumber).toBe('099 – 377/06');
    expect(item(doc, 4).caseNumber).toBe('205 – 393 / 06');
  });

  it('ends before a dash that no number follows', () => {
    expect(readCaseNumber('Dnr 2024/12 - Budget 2025')?.caseNumber).toBe('2024/12');
    expect(readCaseNumber('Dnr 2024/12 – Beslut')?.caseNumber).toBe('2024/12');
  });
});
