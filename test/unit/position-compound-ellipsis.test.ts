// A position written with a Swedish compound ellipsis (`vård- och omsorgschef`, `mark- och
// exploateringsingenjör`, `individ- och familjeomsorgschef`): the `och` after the hyphen joins
// two halves of one word, so it parts no list there. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (others: string): string =>
  `Protokoll\nPlats och tid Rådhuset, Ekby, kl. 09.00-12.00\nBeslutande Anna Berg (S), Per Ek (M)\nÖvriga deltagare ${others}\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n`;

const others = (t: string) => meetingDoc(t).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note]);

describe('a position with a compound ellipsis', () => {
  it('stays whole before the name in a positions-first list', () => {
    expect(others(minutes('sekreterare Eva Pil, vård- och omsorgschef Ida Alm, ekonom Malin Sand'))).toEqual([
      ['Eva Pil', 'sekreterare', null],
      ['Ida Alm', 'vård- och omsorgschef', null],
      ['Malin Sand', 'ekonom', null],
    ]);
  });

  it('stays whole in a run-on list of positions before names', () => {
    expect(others(minutes('Kommundirektör Jan Frost, mark- och exploateringsingenjör Britt Ahl, ekonom Per Holt'))).toEqual([
      ['Jan Frost', 'kommundirektör', null],
      ['Britt Ahl', 'mark- och exploateringsingenjör', null],
      ['Per Holt', 'ekonom', null],
    ]);
  });
});
