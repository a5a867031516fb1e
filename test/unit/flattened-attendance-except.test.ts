// A front page flattened onto one line whose list of members says who did not take part in a §: `Clas Jarl (S) ej § 147
// Rut Ohlin (MP)`. After `ej` the § is an attendance note, never the heading of an item: the list, the signers and the
// items stay as they are. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('`ej § N` in a flattened list of members', () => {
  it('is no item heading', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2013-09-05 Plats och tid Stora salen, Kommunhuset kl 13.00-17.00 Beslutande Mats Janér (L), ordförande ' +
          'Frida Malm (L) Bo Bertilsson (M) Clas Jarl (S) ej § 147 Rut Ohlin (MP) Övriga närvarande Johan Fritt, kommunchef Utses att justera Frida Malm (L) ' +
          'Justeringens plats och tid Kommunhuset 2013-09-10, kl 15.00 Underskrifter Sekreterare Carin Elg Ordförande Mats Janér (L) Justerare Frida Malm (L)',
        '',
        '§ 146 Val av protokolljusterare',
        'Frida Malm (L) utses att justera protokollet jämte ordföranden.',
        '',
        '§ 147 Markanvisning',
        'Kommunstyrelsen godkänner markanvisningen.',
      ),
    );
    expect(doc.items.map((it) => it.number)).toEqual([146, 147]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Mats Janér', 'Frida Malm', 'Bo Bertilsson', 'Clas Jarl', 'Rut Ohlin', 'Johan Fritt']);
    expect(doc.signatures).toMatchObject({ chair: ['Mats Janér'], secretary: ['Carin Elg'], adjusters: ['Frida Malm'] });
  });
});
