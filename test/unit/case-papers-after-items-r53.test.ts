// Round 53: the papers of one case bound after a notice's points or signed minutes — a forwarded e-mail (`Från:` /
// `Skickat:` / `Till:` / `Ämne:`) or a case paper (`Tjänsteskrivelse` / `Datum` / `Diarienummer` / `Handläggare`) — are
// documents of their own (`other`), not text of the last item. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kinds = (t: string): string[] => parseText(t).documents.map((d) => d.kind);
const notice = ['KALLELSE', '', 'Kulturnämnden 2026-05-20 kl. 14.00, Rådhuset', '', '1. Val av justerare', '2. Bidrag till föreningar 2026', '3. Meddelanden', '', 'Lisa Berg', 'Ordförande'];

describe('a forwarded e-mail after a notice or minutes', () => {
  it('opens a document of its own after a notice’s points', () => {
    const t = text(...notice, '', 'Från: Anna Strand', 'Skickat: den 12 maj 2026 10:14', 'Till: Kulturnämnden', 'Ämne: Ansökan om bidrag', '', 'Hej,', 'Vi söker bidrag för sommarens läger i Lindby.');
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['notice', 'other']);
    expect(r.documents[0]!.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(r.documents[0]!.items[2]!.text ?? '').not.toContain('Anna Strand');
  });

  it('opens one after signed minutes, in English labels too', () => {
    const t = text(
      'PROTOKOLL', 'Socialnämnden 2026-04-14', '', 'Beslutande: Eva Ek (S), ordförande, Nils Holm (M)', '',
      '§ 21 Val av justerare', 'Nils Holm utses att justera protokollet.', '', '§ 22 Riktlinjer för hemtjänst', 'Nämnden beslutar att anta riktlinjerna.', '',
      'Justeras', 'Eva Ek                 Nils Holm', '',
      'From: Per Sund', 'Sent: den 2 april 2026 08:51', 'To: Socialnämnden', 'Subject: Synpunkter', '', 'Hej! Här kommer våra synpunkter.',
    );
    expect(kinds(t)).toEqual(['minutes', 'other']);
  });

  it('leaves an e-mail quoted inside a § whose next § follows, and a lone `Från:` line', () => {
    const quoted = text(
      'PROTOKOLL', 'Socialnämnden 2026-04-14', '', '§ 21 Skrivelse från en förening', 'Föreningen har skrivit till nämnden.', '',
      'Från: Per Sund', 'Skickat: den 2 april 2026', 'Till: Socialnämnden', '', 'Nämnden beslutar att lägga skrivelsen till handlingarna.', '',
      '§ 22 Riktlinjer för hemtjänst', 'Nämnden beslutar att anta riktlinjerna.',
    );
    expect(kinds(quoted)).toEqual(['minutes']);
    const lone = text(...notice, '', 'Från: kulturförvaltningen', 'Välkomna!');
    expect(kinds(lone)).toEqual(['notice']);
  });
});

describe('a case paper after a notice', () => {
  it('opens a document of its own at `Tjänsteskrivelse` over its head’s labels', () => {
    const t = text(
      ...notice, '', 'Tjänsteskrivelse', 'Datum 2026-05-02', 'Diarienummer KN 2026/14', 'Handläggare Per Sund', '',
      'Bidrag till föreningar 2026', '', 'Förslag till beslut', 'Kulturnämnden beslutar att fördela bidrag enligt bilaga.',
    );
    const r = parseText(t);
    expect(r.documents.map((d) => d.kind)).toEqual(['notice', 'other']);
    expect(r.documents[1]!.title).toBe('Tjänsteskrivelse');
  });

  it('leaves a paper named among a point’s papers (one label under it) inside the point', () => {
    const t = text(...notice.slice(0, 6), 'Beslutsunderlag', 'Tjänsteskrivelse 2026-05-02', 'Dnr KN 2026/14', '', '3. Meddelanden');
    expect(kinds(t)).toEqual(['notice']);
  });
});
