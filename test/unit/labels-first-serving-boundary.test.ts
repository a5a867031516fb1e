// A row of list labels (`Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande Utses
// att justera`) and all their values run on in one line, as a web archive flattens a front page:
// the members' list closes on its substitutes (`Bo Ek (S) ersätter Ulf Ås (S)`), the deputies who
// only attend follow, then the officials with their positions in brackets (`Eva Holm
// (förvaltningschef) 12`), then the adjuster. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 12 Mötets öppnande', 'Ordföranden öppnar mötet.'];
const roles = (t: string): string[] => meetingDoc(t).participants.map((p) => `${p.name}|${p.role}|${p.position ?? ''}`);

describe('labels first, the lists run on after them', () => {
  it('cuts the members from the deputies after the last substitute, and the officials by their bracketed positions', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL',
      'Omsorgsnämnden 2022-10-11',
      '',
      'Plats och tid Gula huset, Storvägen 3 kl. 16:00-18:30 Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande Utses att justera '
        + 'Anna Lind (S) (ordförande) Per Ström (L) (vice ordförande) Kajsa Berg (MP) Olle Dahl (V) Tove Sand (M) Bo Ek (S) ersätter Ulf Ås (S) '
        + 'Greta Holm (S) Nils Vik (M) Lisa Falk (SD) Eva Holm (förvaltningschef) Jon Kvist (kvalitetschef) 12 Maja Ros (nämndsekreterare) Tove Sand (M) '
        + 'Justeringens plats och tid Förvaltningen 2022-10-14 Paragrafer 12 Underskrifter Sekreterare Maja Ros Ordförande Anna Lind (S) Justerande Tove Sand (M)',
      ...ITEMS,
    );
    expect(roles(t)).toEqual([
      'Anna Lind|member|ordförande',
      'Per Ström|member|vice ordförande',
      'Kajsa Berg|member|',
      'Olle Dahl|member|',
      'Tove Sand|member|',
      'Bo Ek|deputy|',
      'Greta Holm|deputy|',
      'Nils Vik|deputy|',
      'Lisa Falk|deputy|',
      'Eva Holm|other|förvaltningschef',
      'Jon Kvist|other|kvalitetschef',
      'Maja Ros|other|nämndsekreterare',
    ]);
    expect(meetingDoc(t).signatures?.adjusters).toEqual(['Tove Sand']);
  });

  it('takes a bracketed position for an official’s whatever follows it (§§, a second clause)', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL',
      'Omsorgsnämnden 2022-10-11',
      '',
      'Plats och tid Gula huset kl. 16:00-18:30 Beslutande ledamöter Ej tjänstgörande ersättare Övriga närvarande Utses att justera '
        + 'Anna Lind (S) (ordförande) Per Ström (L) Kajsa Berg (MP) Bo Ek (S) ersätter Ulf Ås (S) Greta Holm (S) Nils Vik (M) '
        + 'Eva Holm (chef vård- och omsorgsförvaltningen) Jon Kvist (ekonom) 12 Rut Alm (medicinskt ansvarig sjuksköterska, MAS) 12 '
        + 'Maja Ros (nämndsekreterare) Per Ström (L) Justeringens plats och tid Förvaltningen 2022-10-14',
      ...ITEMS,
    );
    expect(meetingDoc(t).participants.map((p) => `${p.name}|${p.role}`)).toEqual([
      'Anna Lind|member',
      'Per Ström|member',
      'Kajsa Berg|member',
      'Bo Ek|deputy',
      'Greta Holm|deputy',
      'Nils Vik|deputy',
      'Eva Holm|other',
      'Jon Kvist|other',
      'Rut Alm|other',
      'Maja Ros|other',
    ]);
    expect(meetingDoc(t).signatures?.adjusters).toEqual(['Per Ström']);
  });

  it('cuts them so where the members’ heading stands over the deputies’ and the run goes on over a second line', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunfullmäktige 2019-02-11',
      '',
      'Plats och tid Kyrkans sal kl. 18:00-21:00',
      'Beslutande ledamöter',
      'Ej tjänstgörande ersättare Anna Lind (M) Per Ström (M) (ordförande) Kajsa Berg (C) Olle Dahl (S) 1-8 Tove Sand (S) Bo Ek (M) ersätter Ulf Ås (M) '
        + 'Siv Rask (S) 9-12 ersätter Olle Dahl (S) Greta Holm (M) Nils Vik (C)',
      'Lisa Falk (S) 1-8 Mona Alm (L)',
      'Övriga närvarande Eva Holm',
      'Justeringens plats och tid Kansliet 2019-02-14',
      ...ITEMS,
    );
    expect(meetingDoc(t).participants.map((p) => `${p.name}|${p.roleLabel}`)).toEqual([
      'Anna Lind|Beslutande ledamöter',
      'Per Ström|Beslutande ledamöter',
      'Kajsa Berg|Beslutande ledamöter',
      'Olle Dahl|Beslutande ledamöter',
      'Tove Sand|Beslutande ledamöter',
      'Bo Ek|Beslutande ledamöter',
      'Siv Rask|Beslutande ledamöter',
      'Greta Holm|Ej tjänstgörande ersättare',
      'Nils Vik|Ej tjänstgörande ersättare',
      'Lisa Falk|Ej tjänstgörande ersättare',
      'Mona Alm|Ej tjänstgörande ersättare',
      'Eva Holm|Övriga närvarande',
    ]);
  });
});
