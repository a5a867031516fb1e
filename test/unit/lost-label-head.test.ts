// Web transcripts of minutes that print the decision makers' label as `ande` (its first half,
// `Beslut`, lost): `kl 15.00 ande Rut Lind (KD), ordförande …`, `ande ledamöter Ej tjänstgörande
// ersättare …`, `Närvarande: ande: Malin Berg (M) …`. The label gets its word back, so that the
// members are read as members. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text(
  'SAMMANTRÄDESPROTOKOLL', 'Socialnämnden 2015-06-11', '', front, '', '§ 68 Fastställande av dagordning', 'Dagordningen fastställs.',
));

describe('`ande` for `Beslutande`', () => {
  it('before a name', () => {
    const d = doc('Plats och tid Stora salen kl 15.00 ande Rut Lind (KD), ordförande Lars Berg (M) Eva Holm (S) Övriga närvarande Tove Ek, sekreterare Utses att justera Lars Berg');
    expect(d.participants.map((p) => `${p.name}|${p.role}`)).toEqual(['Rut Lind|member', 'Lars Berg|member', 'Eva Holm|member', 'Tove Ek|other']);
  });

  it('before its colon', () => {
    const d = doc('Plats: Regionens hus Närvarande: ande: Rut Lind (M), Lars Berg (S), Eva Holm (S) ersätter Kent Ny (S) Ersättare: Bo Sand (C) Övriga: Tove Ek, nämndsekreterare');
    expect(d.participants.map((p) => `${p.name}|${p.role}`)).toEqual(['Rut Lind|member', 'Lars Berg|member', 'Eva Holm|deputy', 'Bo Sand|deputy', 'Tove Ek|other']);
  });

  it('after the place-and-time label, before the place (the labels column flattened before the values)', () => {
    const d = doc('Plats och tid för sammanträdet ande Lindrummet, Kommunhuset, Storgatan 5, Norrby tisdagen den 14 maj 2013, kl Gun Ek (s), ordförande Lars Berg (m) Eva Holm (kd) Övriga deltagare Tove Ek, sekreterare Utses att justera Lars Berg');
    expect(d.participants.map((p) => `${p.name}|${p.role}`)).toEqual(['Gun Ek|member', 'Lars Berg|member', 'Eva Holm|member', 'Tove Ek|other']);
    expect(d.meeting?.location).toBe('Lindrummet, Kommunhuset, Storgatan 5, Norrby');
  });

  it('leaves the word alone in prose', () => {
    const d = meetingDoc(text(
      'SAMMANTRÄDESPROTOKOLL', 'Socialnämnden 2015-06-11', '', 'Beslutande Rut Lind (KD), ordförande Lars Berg (M)', '',
      '§ 68 Samverkan', 'Arbetet fortsätter i samma ande Som tidigare år.',
    ));
    expect(d.items[0]?.text).toContain('i samma ande Som tidigare');
  });
});
