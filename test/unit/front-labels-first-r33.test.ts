// A front page flattened column by column: its labels first, then all their values. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (front: string) => meetingDoc(text(front, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('the place label after a time whose hour a transcript lost (`kl Plats`), in a block of labels before their values', () => {
  const doc = page(
    '1 (12) Tid Tisdagen den 9 mars kl med ajournering kl Plats ande Ledamöter Tjänstgörande ersättare Övriga närvarande Ersättare Ekbacka Gästgiveri, Norrby Anna Ek, (c) ordförande Bo Lind (m), förste vice ordf. Eva Holm (s), andre vice ordf. Tor Sand (m) Maja Berg (kd) Lars Nord (s) Olle Dal (m) ersättare för Stina Ås (m) Karin Ek (s) ersättare för Nils Holm (s) Gun Lund (mp) Tjänstemän Per Ås, Lena Berg Justering Justerare Underskrifter Sekreterare Ordförande Justerande Eva Holm Lena Berg Anna Ek (c) Eva Holm (s) Paragrafer',
  );

  it('is the place’s label, whose value is the first of the values', () => {
    expect(doc.meeting?.location).toBe('Ekbacka Gästgiveri, Norrby');
    expect(doc.participants.some((p) => p.name.startsWith('Ekbacka'))).toBe(false);
  });

  it('leaves each list of people under its own label', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.substituteFor ?? null])).toEqual([
      ['Anna Ek', 'member', null],
      ['Bo Lind', 'member', null],
      ['Eva Holm', 'member', null],
      ['Tor Sand', 'member', null],
      ['Maja Berg', 'member', null],
      ['Lars Nord', 'member', null],
      ['Olle Dal', 'deputy', 'Stina Ås'],
      ['Karin Ek', 'deputy', 'Nils Holm'],
      ['Gun Lund', 'deputy', null],
      ['Per Ås', 'other', null],
      ['Lena Berg', 'other', null],
    ]);
  });
});

describe('the officials’ list and the adjusters’ label before their values, a § number after an official (`Eva Ek, 49, Zinta Lind, …`)', () => {
  const doc = page(
    '1 VÄSTBY KOMMUN PROTOKOLL 1(30) Plats och tid Rådhuset, Västby, torsdagen den 9 juni 2016, kl Beslutande Anna Ek, ordf. Bo Lind Tor Sand Maja Berg Lars Nord Övriga deltagande Utses att justera Olle Dal Karin Holm Vanja Ström, 49, Zinta Lindkvist, Pelle Strand, 59, 62, 64 Siv Fjäll, Kommunal, 50-56, 58, Bo Lind Underskrift Sekreterare Karin Holm Ordförande... Anna Ek Justerande... Bo Lind',
  );

  it('opens a new person at the name after the § number, whatever its given name', () => {
    // (no range declared nor held by the items: the numbers are the §§ attended, a list of them kept in the note)
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.organisation, p.note, p.paragraphs])).toEqual([
      ['Olle Dal', null, null, null],
      ['Karin Holm', null, null, null],
      ['Vanja Ström', null, null, { from: 49, to: 49 }],
      ['Zinta Lindkvist', null, null, null],
      ['Pelle Strand', null, '59, 62, 64', { from: 59, to: 64 }],
      ['Siv Fjäll', 'Kommunal', '50-56, 58', { from: 50, to: 58 }],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Bo Lind']);
  });
});

describe('the decision makers’ label after the place and a comma, the hour lost (`Plats och tid Ekrummet, Beslutande Lars Alm (m) …`)', () => {
  const doc = page(
    '1 2010:3:1 Sida 1 (20) Plats och tid Ekrummet, Beslutande Lars Alm (m) Ordförande Ordförande , Stig Ruud (s) Vice ordförande Ordförande Eva Ek (m) kl Ola Ny (m) Ersätter Lars Alm kl Ersätter Eva Ek (m) kl Pia Hed (m) Ersätter Tor Sand (m) , Maja Berg (fp) Lena Ås (kd) Nils Dal (c) Kl , Karin Holm (s) Britt Lund (s) Ersättare Ola Ny (m) Gun Bo (kd) Sekreterare Siv Åberg Paragraf , Ordförande Lars Alm (m) Paragraf , Justerande Stig Ruud (s) Bevis/Anslag Justering har tillkännagivits genom anslag',
  );

  it('opens the list: the place ends at the comma, and the people after it are members, not the chair’s', () => {
    expect(doc.meeting?.location).toBe('Ekrummet');
    expect(doc.participants.slice(0, 2).map((p) => [p.name, p.role])).toEqual([
      ['Lars Alm', 'member'],
      ['Stig Ruud', 'member'],
    ]);
    expect(doc.signatures?.chair?.length ?? 0).toBeLessThanOrEqual(1);
    expect(doc.participants.some((p) => p.name === 'Maja Berg' && p.role === 'member')).toBe(true);
  });
});

describe('the chair’s word of the members’ table between two lists, the people run on after it (`Vice ordförande Ordförande Maria Ekholm (m) kl Ola Nyberg (m) Ersätter …`)', () => {
  const doc = page(
    '1 2010:3:1 Sida 1 (20) Plats och tid Ekrummet, Beslutande Lars Almqvist (m) Ordförande Ordförande , Stig Ruud (s) Vice ordförande Ordförande Maria Ekholm (m) kl Ola Nyberg (m) Ersätter Lars Almqvist kl Ersätter Maria Ekholm (m) kl Pia Hedin (m) Ersätter Tor Sandell (m) , Maja Berg (fp) Lena Åslund (kd) Nils Dahl (c) Kl , Karin Holm (c) Kl , 355, 356 Abdi Omar (s) Ersätter Eva Strand (s) , Gun-Britt Lund (s) Ersätter Abdi Omar (s) 361 Bo Sjöberg (v) Ersätter vakant tjänst (s) , Mats Frid (s) Nils Palm (s) Ersättare Ola Nyberg (m) Gun Bo (kd) Sekreterare Siv Åberg Paragraf , Ordförande Lars Almqvist (m) Paragraf , Justerande Stig Ruud (s) Bevis/Anslag Justering har tillkännagivits genom anslag',
  );

  it('leaves the people to the members’ list, none of them the chair', () => {
    expect(doc.signatures?.chair ?? []).not.toContain('Maja Berg');
    expect((doc.signatures?.chair ?? []).length).toBeLessThanOrEqual(1);
    expect(doc.participants.filter((p) => p.name === 'Maja Berg' || p.name === 'Mats Frid').map((p) => p.role)).toEqual(['member', 'member']);
  });
});
