// Agendas that print the case number in brackets on a line of its own, under the title or
// after the point's first sentence (`Föreligger tjänsteutlåtande 2024-10-30.` / `(Dnr
// 1.4-393/2024)`), as a city's stadsdelsnämnd and socialnämnd lists do; and minutes with a
// `Dnr` line further down the §. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('a labelled case number on a line of its own in the body', () => {
  const doc = meetingDoc(
    [
      'Föredragningslista',
      'Stadsdelsnämnden Norra Vikby',
      'Sammanträde 2024-11-14 kl. 18.30',
      '',
      '1 Justering av dagens protokoll',
      '',
      '2 Anmälan av protokoll från kommunfullmäktige',
      '',
      'Anmäls protokoll från kommunfullmäktige 2024-10-21.',
      '(Dnr 1.2-443/2024)',
      '',
      'Förslag till beslut',
      '',
      '1. Anmälan läggs till handlingarna.',
      '',
      '3 Yttrande över remiss om riktlinjer',
      '',
      '(Dnr 1.4-393/2024)',
      'Föreligger tjänsteutlåtande 2024-10-30.',
      '',
      '4 Månadsrapport oktober 2024',
      '',
      'Föreligger tjänsteutlåtande 2024-11-02.',
      'Diarienummer: SDN 2024/501',
    ].join('\n'),
  );

  it("is the point's case number", () => {
    expect(item(doc, 2).caseNumber).toBe('1.2-443/2024');
    expect(item(doc, 3).caseNumber).toBe('1.4-393/2024');
    expect(item(doc, 4).caseNumber).toBe('SDN 2024/501');
  });

  it('keeps the bracketed line out of the title', () => {
    expect(item(doc, 3).title).toBe('Yttrande över remiss om riktlinjer');
    expect(item(doc, 1).caseNumber).toBeNull();
  });
});
