// A council's front page as an older template lays it out: `Beslutande   Enligt förteckning`,
// the officials' names on the lines above their heading (a table cell whose heading stands on
// its last line), `Underskrift` over the signers' labels, and a label broken over two lines with
// its value after the second half (`Förvaringsplats` / `för protokollet Ledningskontoret`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'Kommunfullmäktige 2024-11-18 1(14)', '',
    'Plats och tid Stadshuset, Ekgatan 2, Ekby, kl 18.30-21.05', '',
    'Beslutande Enligt förteckning', '', '',
    'Lars Berg, kommundirektör § 214',
    'Ulla Ström, ekonomichef § 214',
    'Övriga deltagande Karin Nyman, sekreterare', '',
    'Utses att justera Anna Tell (m) och Jan Ek (s)', '',
    'Justeringens ', 'plats och tid Ledningskontoret 2024-11-25, kl 15.00', '',
    'Underskrift Sekreterare ......................................... Paragrafer 213-219',
    'Karin Nyman', '',
    'Ordförande ........................................', 'Kurt Palm', '',
    'Justerande ..............................................................', 'Anna Tell Jan Ek ',
    'ANSLAG/BEVIS', 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag', '',
    'Organ Kommunfullmäktige', '', 'Sammanträdesdatum 2024-11-18', '',
    'Förvaringsplats', 'för protokollet Ledningskontoret', '', '',
    'Underskrift .................................................................', '',
    'KF § 213', '', 'Val av justerare', '', 'Beslut', '', 'Kommunfullmäktige beslutar:', '',
    'att utse Anna Tell (m) och Jan Ek (s) att jämte ordföranden justera protokollet.',
  ),
);

describe('an older council template', () => {
  it('gives the names above `Övriga deltagande` to it, not to `Beslutande`, whose list stands elsewhere', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lars Berg', 'other', 'kommundirektör'],
      ['Ulla Ström', 'other', 'ekonomichef'],
      ['Karin Nyman', 'other', 'sekreterare'],
    ]);
  });

  it('reads the secretary under `Underskrift Sekreterare` and the storage place after the label’s second half', () => {
    expect(doc.signatures).toMatchObject({ chair: ['Kurt Palm'], secretary: ['Karin Nyman'], adjusters: ['Anna Tell', 'Jan Ek'], adjustedOn: '2024-11-25', storedAt: 'Ledningskontoret' });
    expect(doc.meeting?.paragraphs).toEqual({ from: 213, to: 219 });
  });
});
