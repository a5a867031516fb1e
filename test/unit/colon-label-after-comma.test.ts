// A front page flattened onto one line whose lists close on a comma before the next list's label
// with its colon (`… Lennart Ek (V), Ersättare: Carina Bo (M) …`): the label opens the next list
// there too, as the comma does not make it a position of the name before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a list’s label with its colon after a comma', () => {
  it('opens its list', () => {
    const d = meetingDoc(text(
      'PROTOKOLL', 'Regionala nämnden 2016-05-19', '',
      'Plats: Regionens hus Närvarande: Beslutande: Rut Lind (M), Lars Berg (S), Eva Holm (S) ersätter Kent Ny (S), Ersättare: Bo Sand (C), Ida Ås (S) Övriga: Tove Ek, nämndsekreterare',
      '', '§ 106 Val av protokollsjusterare', 'Nämnden utser Lars Berg att justera protokollet.',
    ));
    expect(d.participants.map((p) => `${p.name}|${p.role}`)).toEqual([
      'Rut Lind|member', 'Lars Berg|member', 'Eva Holm|deputy', 'Bo Sand|deputy', 'Ida Ås|deputy', 'Tove Ek|other',
    ]);
  });
});
