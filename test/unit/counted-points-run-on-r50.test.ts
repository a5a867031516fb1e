// A Finland-Swedish protokoll as a web transcript flattens it: its page of points numbered as the §§ they will be (by the
// year's count, not from 1), their titles capitalised (not in capitals), run on in one line after the page's header
// (`Ärende 182 Sammanträdets laglighet … 183 Val av protokolljusterare 184 …`, `Ärenden: 252 Konstatera laglighet …`, or
// with no heading at all after the meeting's place). Each is an item. A bare number counts only where the next two follow
// close by, and not after a comma (the §§ somebody attended) nor in a contents list read as one (`Ärendelista`, `… Sida …`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const front =
  '1 Protokoll Sammanträdestid: Torsdag kl. 09:30 Sammanträdesplats: Kommungården, Lillby Närvarande X Berg Anna, ordförande X Ek Per X Holm Lisa Underskrifter Anna Berg, ordförande Per Ek, sekreterare';

const headed = text(
  'Transkript',
  '',
  front,
  '',
  '2 Ärendesida Sammanträdestid: Torsdag kl. 09:30 Sammanträdesplats: Kommungården, Lillby Ärende 182 Sammanträdets laglighet och beslutförhet 183 Val av protokolljusterare 184 Godkännande av föredragningslistan 185 Budget för år 2027 186 Anmälningsärenden',
);

const unheaded = text(
  'Transkript',
  '',
  front,
  '',
  '2 LILLBY KOMMUN PROTOKOLL Utfärdat den Nr KOMMUNSTYRELSEN 4/26 Sammanträdestid Måndag kl Sammanträdesplats Kommungården, sammanträdesrummet 41 Konstatera laglighet och beslutförhet 42 Protokolljusterare 43 Föredragningslistan 44 Delgivningar 45 Anhållan om tomtköp i Norrby 46 Nästa sammanträde',
);

describe('points counted on from the year’s §§, run on in one line', () => {
  it('are the items under an `Ärende` heading, a label’s word for a title too', () => {
    const doc = parseText(headed).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([182, 183, 184, 185, 186]);
    expect(doc.items[1]!.title).toBe('Val av protokolljusterare');
    expect(doc.items[4]!.title).toBe('Anmälningsärenden');
  });

  it('are the items with no heading before them, two-digit numbers too', () => {
    // (the page issued as a notice, `PROTOKOLL Utfärdat den`, is a notice of its own after the front page: round 52)
    const docs = parseText(unheaded).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    const doc = docs[1]!;
    expect(doc.items.map((it) => it.number)).toEqual([41, 42, 43, 44, 45, 46]);
    expect(doc.items[1]!.title).toBe('Protokolljusterare');
    expect(doc.items[4]!.title).toBe('Anhållan om tomtköp i Norrby');
  });

  it('leave the §§ somebody attended alone (after a comma)', () => {
    const minutes = text(
      'Transkript',
      '',
      '1 Protokoll Plats och tid Rådhuset, kl 13.00 Beslutande Anna Berg (S), ordförande Övriga deltagare Per Ek, ekonom, 12 Lisa Holm, planarkitekt, 13 Olle Ek, jurist, 14 Eva Lind, sekreterare Utses att justera Per Ek',
    );
    const doc = parseText(minutes).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([]);
  });

  it('leave a contents list with its page column to the list’s own reader', () => {
    const minutes = text('2 (9) SAMMANTRÄDESPROTOKOLL Tekniska nämnden 2026-03-10 Ärenderubrik Sida 21 Val av justerare 2 22 Budget för år 2027 3 23 Delegationsbeslut 5');
    const doc = parseText(minutes).documents[0]!;
    expect(doc.items.map((it) => it.title)).toEqual(['Val av justerare', 'Budget för år 2027', 'Delegationsbeslut']);
  });
});

describe('a front page’s contents list run on in one line, each title ending in its page', () => {
  it('is no run of items of its own', () => {
    const minutes = text(
      'Transkript',
      '',
      '1 KOMMUNFULLMÄKTIGE PROTOKOLL 3/2026 Mötestidpunkt kl Mötesplats Lillby skola, aulan Ärenden för behandling MÖTETS LAGENLIGHET OCH BESLUTFÖRHET 14 FÖRSÄLJNING AV TOMT I NORRBY (BILAGA) 3 15 TAXOR FÖR LILLBY KOMMUN 5 16 SIMHALLENS TAK 7 17 AVSKED FRÅN UPPDRAG 9',
      '',
      '2 Mötesprotokoll Nr 3/2026 KOMMUNFULLMÄKTIGE DELTAGARE Beslutsfattare Anna Berg Per Ek Ordförande PROTOKOLLJUSTERING Anna Berg Underskrift Lisa Holm',
    );
    const doc = parseText(minutes).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([]);
  });
});
