// The meeting's place-and-time label run straight into participant labels: a flattened table row
// `Tid och plats Beslutande Ledamöter` with the values a line each after it (the place and day,
// then the members), `Plats och tid` / `Beslutande` on lines of their own over the place, the day
// and the members, and a page on one line where the place and day run on into the members.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Budget', 'Styrelsen beslutar att fastställa budgeten.');
const members = (t: string): string[] =>
  meetingDoc(t)
    .participants.filter((p) => p.role === 'member')
    .map((p) => p.name);

describe('a place-and-time label run into participant labels', () => {
  it('reads `Tid och plats Beslutande Ledamöter` over the day and place, then the members', () => {
    const t = text(
      'Samordningsförbundet Ravnå', 'PROTOKOLL', 'Styrelsen', '',
      'Tid och plats Beslutande Ledamöter',
      'Måndag 14 april 2025 kl. 13.00–15.30, Kommunhuset Brattvik, sal Linden',
      'Gunnar Eklöv (S), ordförande', 'Lisa Tornberg (M)', 'Ove Hedman (C)', '',
      'Övriga deltagande', 'Karin Malm, förbundschef', ITEMS,
    );
    const doc = meetingDoc(t);
    expect(doc.meeting!.location).toBe('Kommunhuset Brattvik, sal Linden');
    expect(doc.meeting!.date).toBe('2025-04-14');
    expect(members(t)).toEqual(['Gunnar Eklöv', 'Lisa Tornberg', 'Ove Hedman']);
  });

  it('reads `Plats och tid` / `Beslutande` over the place, the day and the members, a line each', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL', 'Socialnämnden', 'Plats och tid', 'Beslutande',
      'Sjöbacka Medborgarhus, Sjöbacka', 'Tisdagen den 8 april 2025, kl 09.00-12.00',
      'Elin Rask (S), ordförande', 'Tomas Vide (M)', 'Hanna Ulvsköld (C)',
      'Övriga deltagande', 'Petra Kvist, nämndsekreterare', ITEMS,
    );
    const doc = meetingDoc(t);
    expect(doc.meeting!.location).toBe('Sjöbacka Medborgarhus, Sjöbacka');
    expect(members(t)).toEqual(['Elin Rask', 'Tomas Vide', 'Hanna Ulvsköld']);
  });

  it('cuts the place and day from the members where a page on one line runs them on', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL Sid 1 (12)', 'Kommunstyrelsen',
      'Plats och tid Beslutande Sjöbacka Medborgarhus, Sjöbacka Tisdagen den 8 april 2025, kl 09.00-12.00 Elin Rask (S), ordförande Tomas Vide (M) Hanna Ulvsköld (C)',
      'Övriga deltagande Petra Kvist, kommunsekreterare', 'Paragrafer 1-2', ITEMS,
    );
    const doc = meetingDoc(t);
    expect(doc.meeting!.location).toBe('Sjöbacka Medborgarhus, Sjöbacka');
    expect(doc.meeting!.startTime).toBe('09:00');
    expect(members(t)).toEqual(['Elin Rask', 'Tomas Vide', 'Hanna Ulvsköld']);
  });
});

describe('`Plats och tid: Beslutande:` run on with their values', () => {
  it('gives the place before the members to the place label, the members to theirs', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Direktionen för Kommunalförbundet Ulvsjö', '',
        'Plats och tid: Beslutande: Hagaby gård, Hagaby Onsdag den 7 juni 2023 Ingrid Bäck (s), ordförande Tore Wall (m) Siv Ekman (c) Ersättare Nils Moberg (m)',
        ITEMS,
      ),
    );
    expect(doc.meeting!.location).toBe('Hagaby gård, Hagaby');
    expect(doc.meeting!.date).toBe('2023-06-07');
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Ingrid Bäck', 'Tore Wall', 'Siv Ekman']);
  });
});
