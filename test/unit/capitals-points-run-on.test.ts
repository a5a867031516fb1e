// An Åland notice page as a web transcript flattens it: its points numbered as the §§ they will be (by the year's count),
// their titles in capitals, run on in one line after the page's header (`Ärenden: 39 SAMMANTRÄDETS LAGLIGHET 40
// PROTOKOLLJUSTERARE 41 …`), a number lost here and there. Each is a point of the notice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notice = text(
  'Transkript',
  '',
  '1 STYRELSEN KALLELSE Nr 4 Tid Torsdagen den 5.3.2026 kl 14 Plats Lillö kommungård Ärenden: 21 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 22 PROTOKOLLJUSTERARE 23 GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 24 BOKSLUT 2025 VERKSAMHETSBERÄTTELSE 2025 26 VAL AV REVISOR 27 ÄRENDEN FÖR KÄNNEDOM',
);

describe('points in capitals run on in a notice page', () => {
  it('are its points, past a lost number', () => {
    const doc = parseText(notice).documents[0]!;
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((it) => it.number)).toEqual([21, 22, 23, 24, 26, 27]);
    expect(doc.items[1]!.title).toBe('PROTOKOLLJUSTERARE');
  });

  it('leave an organ’s heading alone (`KF 108 Budget …`)', () => {
    const minutes = text('1 PROTOKOLL Kommunfullmäktige KF 21 VAL AV JUSTERARE KF 22 BUDGET 2027 KF 23 TAXOR');
    const doc = parseText(minutes).documents[0]!;
    expect(doc.items.every((it) => it.title !== 'KF')).toBe(true);
  });
});
