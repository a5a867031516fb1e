// `Till protokollsjusterare valdes Per-Erik Lund och Roger Sten.`: the adjusters' office spelt with
// the joining `s`, as Finland-Swedish minutes write it, is an election like `protokolljusterare`
// (SCHEMA.md, Decision: `X väljs/valdes/utses till justerare`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) =>
  meetingDoc(text('NORRBY KOMMUN', 'Kommunstyrelsen', 'PROTOKOLL', 'Sammanträdestid: Måndagen den 16 januari 2023, kl. 18.00-20.10', '', '§ 2 Val av två protokollsjusterare', ...body, '', '§ 3 Anmälningsärenden', 'Inga ärenden.'));

describe('an election to `protokollsjusterare`', () => {
  it('the office before the verb', () => {
    expect(item(doc('Till protokollsjusterare valdes Per-Erik Lund och Roger Sten.'), 2).decisions.map((d) => d.text)).toEqual([
      'Till protokollsjusterare valdes Per-Erik Lund och Roger Sten.',
    ]);
  });

  it('the office after the verb', () => {
    expect(item(doc('Per-Erik Lund och Roger Sten valdes till protokollsjusterare.'), 2).decisions.map((d) => d.text)).toEqual([
      'Per-Erik Lund och Roger Sten valdes till protokollsjusterare.',
    ]);
  });
});
