// A web transcript often drops a number that opened a line of the PDF: a notice's points run on in one line
// count `… 4. ÄRENDEN … 5. BUDGET … TILLSÄTTNING AV … 7. FÄRJTRAFIK … 8. …`, point 6's number lost (or several:
// `… 6. Budget … Taxor … Stipendier … Motion om … 10. Val …  Motion om … 12. …`). The run goes on past the gap: the
// points after it are points still, not the title of the one before. A lost point that opens as surely as a number
// would, the only one in its gap, is the point of the number lost (lost-row-numbers-r49.test.ts). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notice = text(
  'Transkript',
  '',
  '1 KALLELSE Sammanträdestid 3.3.2026 kl. 18 Sammanträdesplats Lillö kommungård 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN. 4. NÄMNDERNAS PROTOKOLL. 5. BUDGETUPPFÖLJNING FÖR VÅREN. TILLSÄTTNING AV VALNÄMND. 7. FÄRJTRAFIKEN TILL NORRBY. 8. UTLÅTANDE OM VATTENPLANEN. 9. ÄRENDEN TILL KÄNNEDOM. Lillö den 24.2.2026 Elin Vikström, ordförande',
);

describe('a run of points with one number lost', () => {
  it('goes on past the gap', () => {
    const doc = parseText(notice).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.items[5]!.title).toBe('TILLSÄTTNING AV VALNÄMND');
    expect(doc.items[6]!.title).toBe('FÄRJTRAFIKEN TILL NORRBY');
  });

  it('goes on past a gap of three lost numbers, and past one after it', () => {
    const agenda = text(
      '1 Kommunstyrelsen 2 (9) Ärendelista 4 mars 2026 1. Upprop och val av justerare 2. Anmälan om delegationsbeslut 3. Ekonomisk uppföljning januari 4. Budget 2027 förvaltningens förslag Taxor för hamnen 2027 Kulturstipendium Idrottsstipendium 8. Motion om gång- och cykelväg yttrande Motion om laddplatser yttrande 10. Val av ombud till förbundsstämman 11. Rapporter',
    );
    const doc = parseText(agenda).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3, 4, 8, 9, 10, 11]);
    // (the points that lost their numbers are no part of the title before them: list-rows-lost-numbers.test.ts)
    expect(doc.items[3]!.title).toBe('Budget 2027 förvaltningens förslag');
    expect(doc.items[4]!.title).toBe('Motion om gång- och cykelväg yttrande');
    expect(doc.items[5]!.title).toBe('Motion om laddplatser yttrande');
  });
});
