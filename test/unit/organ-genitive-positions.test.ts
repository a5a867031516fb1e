// A position owned by an organ, its genitive before the position word (`kommunstyrelsens vice
// ordförande`, `nämndens sekreterare`), and the genitive shortened as Swedish-language Finnish
// minutes write it (`Mäkelä Juha   fm:s ordförande`, `kst:s ordf.`): the whole is the position, not a
// bare `ordförande` with the organ left over as a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('an organ genitive before a position', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL 4/2022', 'Kommunstyrelsen', 'Tid        Måndag 11.4.2022 kl. 18.00-20.15', 'Plats      Kommungården, Lillby', '',
      'Närvarande', 'Ledamöter', 'Lindqvist Maria         ordförande', 'Sjöberg Anders', '',
      'Övriga',
      'Mäkelä Juha             fm:s ordförande',
      'Grönroos Eva            fm:s I vice ordf.',
      'Lind Bo                 kst:s ordf.',
      'Westerlund Tom          kommundirektör, protokollförare',
      'Åkerman Pia, kommunstyrelsens vice ordförande',
      'Berg Kaj, nämndens sekreterare', '',
      '§ 40 Mötets öppnande', 'Ordföranden öppnar mötet.',
    ),
  );
  const rows = doc.participants.map((p) => [p.name, p.role, p.position, p.note]);

  it('keeps the genitive written out with the position', () => {
    expect(rows).toContainEqual(['Åkerman Pia', 'other', 'kommunstyrelsens vice ordförande', null]);
    expect(rows).toContainEqual(['Berg Kaj', 'other', 'nämndens sekreterare', null]);
  });

  it('writes out the shortened genitive of Finnish minutes', () => {
    expect(rows).toContainEqual(['Mäkelä Juha', 'other', 'fullmäktiges ordförande', null]);
    expect(rows).toContainEqual(['Grönroos Eva', 'other', 'fullmäktiges I vice ordförande', null]);
    expect(rows).toContainEqual(['Lind Bo', 'other', 'kommunstyrelsens ordförande', null]);
  });

  it('leaves a position with no organ before it as it was', () => {
    expect(rows).toContainEqual(['Lindqvist Maria', 'member', 'ordförande', null]);
    expect(rows).toContainEqual(['Westerlund Tom', 'other', 'kommundirektör', 'protokollförare']);
  });

  it('still reads the secretary from the duty after the position, which the note then keeps', () => {
    expect(doc.signatures?.secretary).toEqual(['Westerlund Tom']);
  });
});
