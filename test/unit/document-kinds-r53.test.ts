// Round 53, document kinds and boundaries. Every text is invented, in layouts seen at several bodies:
// - a web page publishing a meeting's papers under no kind's word (`Handlingar KF den 1 oktober 2026`, `Här finns
//   handlingar till nämndens sammanträde den 14 maj 2026`) over its numbered points: the meeting's agenda;
// - a protocol's front page without the word Protokoll (`Paragrafer`, `Protokolljustering` under the participants): minutes;
// - a transcript's run-on pages, the minutes' untitled front page and then the notice page of the same meeting
//   (`NORRBY KOMMUN KOMMUNSTYRELSEN FÖREDRAGNINGSLISTA Nr 4/26 Tid …` and its points): two documents.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kinds = (t: string): string[] => parseText(t).documents.map((d) => d.kind);
const numbersOf = (t: string, kind: string): (number | null)[] =>
  parseText(t).documents.filter((d) => d.kind === kind).flatMap((d) => d.items.map((i) => i.number));

describe('a web page of a meeting’s papers, under no kind’s word', () => {
  it('reads a nämnd’s page `Här finns handlingar till … sammanträde den …` as its agenda', () => {
    const t = text(
      '2026-05-14', '',
      'Här finns handlingar till miljö- och byggnämndens sammanträde den 14 maj 2026', '',
      '1. Val av justerare', '', '2. Godkännande av dagordning', '', 'Informationsärenden', '',
      '3. Förvaltningschefen informerar', '', 'Beslutsärenden', '', '4. Bygglov för ny förskola i Lindby', '', '5. Taxa för tillsyn 2027',
    );
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['notice']);
    expect(r.documents[0]!.meeting?.date).toBe('2026-05-14');
    expect(r.documents[0]!.meeting?.body).toBe('miljö- och byggnämnd');
    expect(r.documents[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a fullmäktige’s page `Handlingar KS den …` / `Ärenden` the same way', () => {
    const t = text(
      'Handlingar KS den 3 mars 2026', '', 'Ärenden', '',
      '1. Upprop', '', '2. Protokollets justering', '', '3. Årsredovisning 2025 för Norrby kommun', '', '4. Motion om fler parkbänkar', '', '5. Anmälningsärenden',
    );
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['notice']);
    expect(r.documents[0]!.meeting?.date).toBe('2026-03-03');
  });

  it('leaves a page about papers in general, and a page whose points were decided, alone', () => {
    // (no day named: a guide to where the papers are published)
    const general = text('Handlingar till kommunfullmäktige', '', 'Här publiceras handlingarna en vecka före sammanträdet.', '', '1. Kallelse', '2. Protokoll', '3. Motioner');
    expect(kinds(general)).not.toEqual(['notice']);
    // (the points decided: the meeting's record, not its agenda)
    const decided = text(
      'Handlingar till styrelsens sammanträde den 3 mars 2026', '',
      '1. Val av justerare', 'Styrelsen beslutar att utse Eva Ek att justera.', '',
      '2. Budget 2027', 'Styrelsen beslutar att godkänna budgeten.', '',
      '3. Övriga frågor', 'Inga övriga frågor.',
    );
    expect(kinds(decided)).not.toEqual(['notice']);
  });
});

describe('a site’s heading that lists several kinds over one meeting’s points', () => {
  it('reads `Protokoll, kallelse och föredragningslista` over a dated list of points as the notice it heads', () => {
    const t = text(
      'Protokoll, kallelse och föredragningslista', '', 'Kommunstyrelsen 2026-03-10', '', 'Förteckning över ärenden', '',
      '1. Val av justerare', '2. Godkännande av dagordning', '3. Budgetuppföljning februari', '4. Detaljplan för Hamnen 2:4', '5. Delegationsbeslut',
    );
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['notice']);
    expect(r.documents[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads the same heading with the organ after it (`…, miljönämnden`, `… – Kommunstyrelsen`) as a site’s heading too', () => {
    for (const heading of ['Protokoll, kallelse och föredragningslista, bygg- och miljönämnden', 'Kallelser och protokoll – Kommunstyrelsen']) {
      const t = text(
        heading, '', 'Förteckning över nämndens ärenden den 12 mars 2026', '', 'Tid Torsdagen den 12 mars 2026 klockan 13.00', '',
        '1. Val av justerare', '2. Godkännande av dagordning', '3. Budgetuppföljning februari', '4. Delegationsbeslut',
      );
      expect(kinds(t)).toEqual(['notice']);
    }
  });

  it('reads `Kallelser och protokoll` over minutes as the minutes, and keeps one kind’s pair (`Kallelse och föredragningslista`) a title', () => {
    const minutes = text(
      'Kallelser och protokoll', '', 'Plats och tid: Stadshuset, 2026-04-02 kl. 13.00', '', 'Beslutande: Eva Ek (S), ordförande, Nils Holm (M)', '',
      '§ 12 Val av justerare', 'Nils Holm utses att justera protokollet.', '', '§ 13 Årsredovisning 2025', 'Nämnden beslutar att godkänna årsredovisningen.',
    );
    expect(kinds(minutes)).toEqual(['minutes']);
    const notice = text('Kallelse och föredragningslista', '', 'Tekniska nämnden 2026-04-09', '', '1. Val av justerare', '2. Taxor 2027', '3. Meddelanden');
    const r = parseText(notice);
    expect(r.documents.map((d) => d.kind)).toEqual(['notice']);
    expect(r.documents[0]!.title).toBe('Kallelse och föredragningslista');
  });
});

describe('a protocol’s front page without the word Protokoll', () => {
  it('reads the participants over `Paragrafer` and `Protokolljustering` as minutes, the notice page after them apart', () => {
    const t = text(
      '1 TALLVIKS KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande kl. 17:00 19:00. Kommunkansliet Ek Anna, ordförande, Lund Per, vice ordförande, Sjö Maja. Frånvarande Övriga närvarande Berg Olle, kommundirektör, sekreterare. Paragrafer Tallvik den 9 mars 2026 Anna Ek Protokolljustering Tallvik den 9 mars 2026 Olle Berg Per Lund Maja Sjö Protokollet framlagt till påseende Kommunkansliet i Tallvik den 12 mars 2026',
      '',
      '2 TALLVIKS KOMMUN SAMMANTRÄDESKALLELSE Organ Utfärdad Kommunstyrelsen Sammanträdestid Sammanträdesplats kl. 17:00 Kommunkansliet Ärenden: 31 Sammanträdets konstituerande 32 Anmälningsärenden',
    );
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    expect(r.documents[0]!.meeting?.date).toBe('2026-03-09');
    expect(r.documents[1]!.title).toBe('SAMMANTRÄDESKALLELSE');
    // (the notice page, `Utfärdad` and no day of its own, is the same meeting's: its day and organ are the minutes')
    expect(r.documents[1]!.meeting?.date).toBe('2026-03-09');
    expect(r.documents[1]!.meeting?.body).toBe('kommunstyrelse');
  });
});

describe('the notice page a transcript binds after the minutes’ untitled front page', () => {
  const front =
    '1 NORRBY KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 4/26 Tid Plats Närvarande tisdag den 12 maj 2026 kl 18:00-20:15 Kommungården Ledamöter: Lind Anna, ordf. Berg Olof Holm Sara Övriga närvarande Sjö Karin, kommundirektör Ärenden Underskrifter Norrby den 12 maj 2026 Anna Lind, ordförande Karin Sjö, sekr Protokolljustering Protokollet framlagt till påseende Intygar Underskrift Olof Berg Protokolljusterare Sara Holm Protokolljusterare';
  const noticePage =
    '2 NORRBY KOMMUN KOMMUNSTYRELSEN FÖREDRAGNINGSLISTA Nr 4/26 Tid Plats tisdag den 12 maj 2026 kl 18:00 Kommungården Ärenden: 41 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 42 PROTOKOLLETS JUSTERING 43 FÖREDRAGNINGSLISTAN 44 BUDGETUPPFÖLJNING JAN-APR 45 DETALJPLAN FÖR HAMNOMRÅDET';

  it('reads the notice page as a notice of its own, its points none of the minutes’', () => {
    const t = text('Norrby kommun, kommunstyrelsen 4/26', '', 'Transkript', '', front, noticePage);
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    expect(r.documents[0]!.items).toEqual([]);
    expect(r.documents[1]!.title).toBe('FÖREDRAGNINGSLISTA');
    expect(r.documents[1]!.meeting?.date).toBe('2026-05-12');
    expect(numbersOf(t, 'notice')).toEqual([41, 42, 43, 44, 45]);
  });

  it('keeps the minutes going after the notice page, their §§ on the next page', () => {
    const t = text(
      'Norrby kommun, kommunstyrelsen 4/26', '', 'Transkript', '', front, noticePage,
      '3 NORRBY KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 4/26 Kst 41 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET Ordföranden konstaterar att sammanträdet är lagligen sammankallat och beslutfört. Kst 42 PROTOKOLLETS JUSTERING Till protokolljusterare utses Olof Berg och Sara Holm.',
    );
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    // (the §§ after the notice page are the minutes’: their reading of a run-on § is the items stage’s)
    expect(r.documents[0]!.items.length).toBeGreaterThan(0);
    expect(numbersOf(t, 'notice')).toEqual([41, 42, 43, 44, 45]);
  });

  it('leaves the minutes’ own contents page (`Ärendelista` over entries that end in their pages) inside the minutes', () => {
    const t = text(
      '1(9) Plats och tid Kommunhuset, 09.00-11.00 Beslutande ledamöter Anna Lind (S) Olof Berg (M) Paragrafer 21 -- 23 Justerare Olof Berg',
      '2(9) Kommunstyrelsens arbetsutskott Ärendelista 21 Dnr KS 2026/3 Information... 3 22 Dnr KS 2026/9 Budget 2027... 5 23 Dnr KS 2026/8 Ekonomisk prognos... 8',
    );
    expect(kinds(t)).toEqual(['minutes']);
  });
});
