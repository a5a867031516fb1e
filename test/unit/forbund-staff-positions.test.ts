// The staff a samordningsförbund lists under `Övriga`: titles of its own trade that end in no word of the
// position lexicon (`processtödjare`, `metodstödjare`, `arbetsförmedlare`), written after the name.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const DOC = meetingDoc(
  text(
    'PROTOKOLL', 'Samordningsförbundet Ekbygd', 'Styrelsen', '',
    'Plats och tid   Förbundets kansli, 2023-03-10 kl. 09.00-11.00', '',
    'Beslutande      Anna Berg, ordförande, Region Ekland',
    '                Per Lind, ledamot, Försäkringskassan', '',
    'Övriga          Kim Sjö, förbundschef',
    '                Lisa Dal, processtödjare',
    '                Mats Ås, metodstödjare',
    '                Berit Falk, arbetsförmedlare, Arbetsförmedlingen', '',
    'Utses att justera   Per Lind', '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
  ),
);

describe('a förbund’s staff under Övriga', () => {
  it('reads its trade’s titles as positions, not remarks', () => {
    expect(DOC.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation, p.note])).toEqual([
      ['Kim Sjö', 'förbundschef', null, null],
      ['Lisa Dal', 'processtödjare', null, null],
      ['Mats Ås', 'metodstödjare', null, null],
      ['Berit Falk', 'arbetsförmedlare', 'Arbetsförmedlingen', null],
    ]);
  });
});
