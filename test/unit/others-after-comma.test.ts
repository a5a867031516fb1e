// The heading of the others' list run on after a comma in the middle of a list
// (`… Andreas Berg, Övriga Kourosh Farahani Förbundschef …`) opens that list there; a deputies'
// heading after a comma (`Bo Hald, (c), Arvidsjaur, Tjänstgörande ersättare`) is the
// person's own position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.position, p.roleLabel]);

describe('a list heading run on after a comma', () => {
  it('opens the others’ list at `, Övriga`', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen för Samordningsförbundet Älvdal', 'Plats och tid: Förbundets kansli 2024-03-08 kl. 09.00-11.30', '',
        'Beslutande: Eva Lind, Region Norr, ordförande, Per Holm, Älvby kommun, Anna Sand, Försäkringskassan, Andreas Berg, Övriga Kourosh Farahani Förbundschef Maja Ek Sekreterare', '',
        'Utses att justera: Per Holm', '',
        '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Eva Lind', 'member', 'ordförande', 'Beslutande'],
      ['Per Holm', 'member', null, 'Beslutande'],
      ['Anna Sand', 'member', null, 'Beslutande'],
      ['Andreas Berg', 'member', null, 'Beslutande'],
      ['Kourosh Farahani', 'other', 'förbundschef', 'Övriga'],
      ['Maja Ek', 'other', 'sekreterare', 'Övriga'],
    ]);
  });

  it('reads a deputies’ heading after a comma as the person’s role (a seat, no position)', () => {
    const doc = meetingDoc(
      text(
        '1 Styrelsen Sida 12 (40) Plats Förbundets lokaler, Storgatan 2, Älvby Beslutande kommunrepresentanter Eva Lind, (s), Älvby Bo Hald, (c), Norrby, Tjänstgörande ersättare Ida Ek, (v), Åby, Tjänstgörande ersättare Övriga deltagare Lars Ström, kansliet, sekreterare Underskrifter Sekreterare Lars Ström Ordförande Eva Lind Justerare. Ida Ek', '',
        '2 Styrelsen Sida 13 (40) Utsänd föredragningslista 1. Val av justerare 2. Föredragningslista',
      ),
    );
    expect(who(doc)).toEqual([
      ['Eva Lind', 'member', null, 'Beslutande kommunrepresentanter'],
      ['Bo Hald', 'deputy', null, 'Beslutande kommunrepresentanter'],
      ['Ida Ek', 'deputy', null, 'Beslutande kommunrepresentanter'],
      ['Lars Ström', 'other', 'sekreterare', 'Övriga deltagare'],
    ]);
  });
});
