// A bare `Närvarande` list as the only list of who attended (no `Beslutande`, no `Övriga
// närvarande` beside it), naming the chair among the members and the staff with their positions.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Val av justerare', 'Gun Rask utses att justera protokollet.');

describe('a bare `Närvarande` list that names the chair', () => {
  it('reads the people without a position as members, the staff as others', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kulturnämnden', 'Sammanträdesdatum 2021-10-05', '',
        'Plats och tid       Biblioteket, Norrvik, kl. 18.00-20.10', '',
        'Närvarande          Tor Vik, ordförande',
        '                    Gun Rask',
        '                    Eje Borg (S)',
        '                    Maud Helg, kultursekreterare', '',
        'Utses att justera   Gun Rask',
      ) + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Tor Vik', 'member', 'ordförande'],
      ['Gun Rask', 'member', null],
      ['Eje Borg', 'member', null],
      ['Maud Helg', 'other', 'kultursekreterare'],
    ]);
  });

  it('leaves a `Närvarande` list that names no seat of the body as others', () => {
    const doc = meetingDoc(
      text('MINNESANTECKNINGAR', 'Nätverksträff', 'Datum 2021-10-05', '', 'Närvarande          Tor Vik', '                    Gun Rask, samordnare') + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Tor Vik', 'other'],
      ['Gun Rask', 'other'],
    ]);
  });
});
