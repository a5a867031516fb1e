// A front page flattened column by column: every label first, then every value one a line,
// with no blank line to say where the members' list ends and the staff's begins. Staff
// (`Lisa Berg, kommunchef`) never sit among those who decide. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.party, p.position]);

describe('labels first, values after, the lists run together', () => {
  it('ends the members at the first line that names a staff position', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Tekniska nämndens arbetsutskott',
        'Sammanträdesdatum 2025-03-12', '',
        'Plats och tid', 'Beslutande', 'Övriga deltagande', 'Utses att justera', 'Justeringens plats och tid', 'Paragrafer',
        'Stadshuset, rum Ekorren, kl 13.00-15.30',
        'Erik Malm (S), ordförande',
        'Anna Holm (M)',
        'Per Sten (C)',
        'Lisa Berg, teknisk chef',
        'Maja Ek, nämndsekreterare',
        'Anna Holm',
        'Tekniska kontoret 2025-03-14',
        '§§ 21-25', '',
        '§ 21', 'Val av justerare', '',
        'Beslut', 'Arbetsutskottet utser Anna Holm att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Erik Malm', 'member', 'S', 'ordförande'],
      ['Anna Holm', 'member', 'M', null],
      ['Per Sten', 'member', 'C', null],
      ['Lisa Berg', 'other', null, 'teknisk chef'],
      ['Maja Ek', 'other', null, 'nämndsekreterare'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Anna Holm'], adjustedOn: '2025-03-14' });
  });

  it('keeps a member whose position is the body’s own (`vice ordförande`) among the members', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kultur- och fritidsnämnden',
        'Datum 2025-05-06', '',
        'Plats och tid', 'Beslutande', 'Övriga närvarande', 'Utses att justera', 'Paragrafer',
        'Biblioteket, kl 18.00-19.45',
        'Sara Lind (L), ordförande',
        'Olof Bark (KD), vice ordförande',
        'Tove Ring (V)',
        'Gustav Sand, kultur- och fritidschef',
        'Tove Ring',
        '§§ 30-34', '',
        '§ 30', 'Val av justerare', '',
        'Beslut', 'Nämnden utser Tove Ring att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Sara Lind', 'member', 'L', 'ordförande'],
      ['Olof Bark', 'member', 'KD', 'vice ordförande'],
      ['Tove Ring', 'member', 'V', null],
      ['Gustav Sand', 'other', null, 'kultur- och fritidschef'],
    ]);
  });
});
