// The meeting's chair and secretary elected under any meeting's name, not only `mötet` and `sammanträdet`: the office
// `för`/`vid` a noun that ends in a meeting's word (`ordförande för årsmötet`, `sekreterare vid föreningsstämman`), or the
// meeting's word compounded before it (`stämmoordförande`, `årsmötessekreterare`). An annual meeting's minutes sign so
// when no block names the signers. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const annual = (...points: string[]) =>
  meetingDoc(text('Protokoll fört vid årsstämma i Lövudden den 9 april 2025', '', ...points, '§ 8 Stämmans avslutande', 'Stämman förklarades avslutad.'));

describe('offices bound to any meeting', () => {
  it('`för årsstämman` on one line each, the chair first', () => {
    const doc = annual(
      '§ 1 Stämmans öppnande',
      'Stämman öppnades.',
      '§ 2 Val av funktionärer',
      'Till ordförande för årsstämman valdes Greta Holmqvist. Till sekreterare vid årsstämman valdes Ivar Lund.',
    );
    expect(doc.signatures?.chair).toEqual(['Greta Holmqvist']);
    expect(doc.signatures?.secretary).toEqual(['Ivar Lund']);
  });

  it('compounded, the names before the office', () => {
    const doc = annual(
      '§ 1 Öppnande',
      'Ordföranden hälsade välkommen.',
      '§ 2 Val av stämmoordförande',
      'Stämman valde Sixten Öhrn till stämmoordförande och Maja Brandt till stämmosekreterare.',
    );
    expect(doc.signatures?.chair).toEqual(['Sixten Öhrn']);
    expect(doc.signatures?.secretary).toEqual(['Maja Brandt']);
  });

  it('not the chair of the next meeting, said first, nor the association’s', () => {
    const doc = annual(
      '§ 1 Öppnande',
      'Stämman öppnades.',
      '§ 2 Val av ordförande',
      'Till ordförande för nästa möte valdes Greta Holmqvist. Till ordförande för föreningen valdes Ivar Lund. Till ordförande för extrastämman valdes Sixten Öhrn.',
    );
    expect(doc.signatures?.chair).toEqual(['Sixten Öhrn']);
  });
});
