// Minutes that print a header on each page (municipality, organ, kind, a date label over the
// date) right over the next §, with no page break left in the text: the header continues the
// minutes, also over the next part of a § (`SN § 3 b`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const head = (section: string): string => text('NORRBY KOMMUN', 'Socialnämnden', '', 'PROTOKOLL', '', 'Sammanträdesdatum', '', '2025-02-03', '', section, '');

describe('a page header with a date label over the next §', () => {
  it('keeps one document', () => {
    const r = parseText(
      text('NORRBY KOMMUN', 'Socialnämnden', '', 'PROTOKOLL', '', 'Sammanträdesdatum 2025-02-03', 'Plats och tid Rådhuset kl 13.00-15.00', 'Beslutande Lisa Ek (S), ordförande', 'Utses att justera Omar Berg', '', 'SN § 1', '', 'Val av justerare', 'Socialnämndens beslut', 'Omar Berg utses att justera.', '', 'Justerandes sign', '', 'Utdragsbestyrkande', '') +
        head('SN § 2') +
        text('Budgetuppföljning', 'Socialnämndens beslut', 'Uppföljningen godkänns.', '', 'Justerandes sign', '', 'Utdragsbestyrkande', '') +
        head('SN § 3 a') +
        text('Riktlinjer för hemtjänst', 'Socialnämndens beslut', 'Riktlinjerna antas.', '', 'Justerandes sign', '', 'Utdragsbestyrkande', '') +
        head('SN § 3 b') +
        text('Riktlinjer för ledsagning', 'Socialnämndens beslut', 'Riktlinjerna antas.', '', 'Justerandes sign', '', 'Utdragsbestyrkande', '') +
        head('SN § 4') +
        text('Meddelanden', 'Socialnämndens beslut', 'Meddelandena läggs till handlingarna.'),
    );
    const meetings = r.documents.filter((d) => d.kind !== 'other');
    expect(meetings.map((d) => d.kind)).toEqual(['minutes']);
    expect(meetings[0]!.items.map((i) => [i.number, i.subItems.map((s) => s.label)])).toEqual([
      [1, []],
      [2, []],
      [3, ['a', 'b']],
      [4, []],
    ]);
  });
});
