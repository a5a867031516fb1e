// A position in brackets after a name that goes on after a comma (`Karin Blå (medicinskt ansvarig
// sjuksköterska, MAS)`, `Olle Strand (förvaltningschef, bygg och miljö)`): the bracket is read as the
// same words after a comma are, not kept whole as a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SAMMANTRÄDESPROTOKOLL',
  'Vård- och omsorgsnämnden',
  'Sammanträdesdatum 2023-10-11',
  '',
  'Plats och tid Bruksgården kl. 16:30-19:00',
  'Beslutande Ove Dahl (S) (ordförande)',
  'Pernilla Över (S)',
  'Övriga närvarande Karin Blå (medicinskt ansvarig sjuksköterska, MAS) 107',
  'Emelie Sund (socialt ansvarig samordnare, SAS)',
  'Malin Tor (nämndsekreterare)',
  'Rut Hed (enligt överenskommelse, se bilaga)',
  'Utses att justera Pernilla Över (S)',
  '',
  '§ 107 Avvikelser',
  'Informationen noteras.',
  '',
  '§ 108 Tertial',
  'Informationen noteras.',
].join('\n');

describe('a bracketed position with a comma inside', () => {
  const people = parse(MINUTES).documents[0]!.participants;
  const who = (name: string) => people.find((p) => p.name === name)!;

  it('reads the position and the §§ after the bracket', () => {
    expect(who('Karin Blå')).toMatchObject({ position: 'medicinskt ansvarig sjuksköterska, MAS', paragraphs: { from: 107, to: 107 }, note: null });
    expect(who('Emelie Sund')).toMatchObject({ position: 'socialt ansvarig samordnare, SAS', note: null });
  });

  it('leaves a remark in brackets a note', () => {
    expect(who('Malin Tor').position).toBe('nämndsekreterare');
    expect(who('Rut Hed')).toMatchObject({ position: null, note: 'enligt överenskommelse, se bilaga' });
  });
});
