// A flattened agenda or contents list whose rows after one lost their numbers: those rows run on into the title of the
// row before (`6. Ansökan om bidrag Ekby Ryttarförening Föreningsstipendium 9. …`). The title ends where the first
// lost row opens: its own first word again, the next heading in capitals in a Finland-Swedish list, or the first
// capitalised word after a small word that is no preposition. Seen at a municipal board's agenda, a care board's and a
// regional council's contents lists, a social board's and a Finland-Swedish culture board's lists. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const titles = (text: string): [number | null, string][] =>
  parseText(text).documents.filter((d) => d.kind !== 'other').flatMap((d) => d.items.map((it): [number | null, string] => [it.number, it.title]));

const notice = (list: string): string =>
  `Kommunstyrelsen Ekby kommun\n\nKallelse till sammanträde 2024-05-06 kl 13.00 i Rådhuset ${list}\n`;

describe('a list row whose next rows lost their numbers', () => {
  it('ends the row before a gap at the first capitalised word after a small word', () => {
    const got = titles(notice('Ärendelista 1. Upprop och val av justerare 2. Anmälan av delegationsbeslut 3. Val av ombud till föreningsstämman för mandatperioden Motion om fler bänkar i parken yttrande 5. Rapporter 6. Övriga frågor'));
    expect(got).toContainEqual([3, 'Val av ombud till föreningsstämman för mandatperioden']);
    expect(got).toContainEqual([5, 'Rapporter']);
  });

  it('ends it at its own first word again', () => {
    const got = titles(notice('Ärendelista 1. Upprop och val av justerare 2. Anmälan av delegationsbeslut 3. Bidrag till projekt Sjöhaga Ungdomsråd Bidrag till projekt Hamnfesten i Ekby 5. Rapporter 6. Övriga frågor'));
    expect(got).toContainEqual([3, 'Bidrag till projekt Sjöhaga Ungdomsråd']);
  });

  it('ends a Finland-Swedish row at the next heading in capitals', () => {
    const list = 'Ärendets nummer Ärende 12. LAGLIGHET OCH BESLUTFÖRHET 13. VAL AV PROTOKOLLJUSTERARE 14. EKONOMI Budgetuppföljning för våren BIDRAG Understöd till byaföreningar 16. IDROTT Öppettider i simhallen 17. KULTUR Kulturpris 18. ÖVRIGA ÄRENDEN';
    expect(titles(`KALLELSESIDA Kulturnämnden ${list}`)).toContainEqual([14, 'EKONOMI Budgetuppföljning för våren']);
  });

  it('ends a contents list entry before the entries that lost their numbers', () => {
    const text = 'Sammanträdesprotokoll 1 (12) Plats och tid Kommunhuset, kl 18:00-20:00 Beslutande Eva Holm (S), ordförande\n\nSocialnämnden Innehållsförteckning 31 Förslag till avtal om boende 32 Uppföljning av boendestödet för unga vuxna Ansökan om bidrag för verksamheten Delegering till ordföranden 35 Taxor för omsorgen 36 Meddelanden\n';
    expect(titles(text)).toContainEqual([32, 'Uppföljning av boendestödet för unga vuxna']);
  });

  it('keeps a title naming a place in capitals after a small word where no gap follows', () => {
    const got = titles(notice('Ärendelista 1. Upprop och val av justerare 2. Anmälan av delegationsbeslut 3. Val av ombud till föreningsstämman i norra Ekby Hembygdsförening 4. Rapporter 5. Övriga frågor'));
    expect(got).toContainEqual([3, 'Val av ombud till föreningsstämman i norra Ekby Hembygdsförening']);
  });

  it('keeps a long last row that opens no several rows', () => {
    const got = titles(notice('Ärendelista 1. Upprop och val av justerare 2. Anmälan av delegationsbeslut 3. Godkännande av köpebrev för fastigheten vid stranden till en stiftelse i norra Ekby för ett bolag under bildning samt villkor för tillträdet'));
    expect(got).toContainEqual([3, 'Godkännande av köpebrev för fastigheten vid stranden till en stiftelse i norra Ekby för ett bolag under bildning samt villkor för tillträdet']);
  });
});
