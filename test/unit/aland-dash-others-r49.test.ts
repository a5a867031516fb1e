// An Åland roll run on, its marks before the names (`x` came, `-` stayed away): the others' list marks its officials
// so too (`- Ek Eva, kommunfullmäktiges ordförande x Lund Bo, kommundirektör`), and a dash there says the official
// stayed away even where the crosses are the fewer (seen at two Åland kommunstyrelser, and, the marks after
// the names, at a third). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const people = (text: string): (string | null)[][] => meetingDoc(text).participants.map((p) => [p.role, p.name, p.position]);

const ROLL =
  'Nr 4/2023 Sammanträdestid Måndagen den 6 mars 2023 kl 18.00 Sammanträdesplats Beslutande Kommungården x Holm Kerstin, ordf. x Berg Anton, viceordf. ' +
  '- Strand Maja x Vik Olle Övriga närvarande - Nord Ebba, kommunfullmäktiges ordförande - Sjö Tor, ekonomichef - Dahl Lisa, bildningschef ' +
  'x Åberg Gustav, kommundirektör Paragrafer Underskrifter Ordförande Sekreterare Kerstin Holm Gustav Åberg\n\n' +
  '2 Kallelsen utfärdad den Ärenden: 41 Konstatera laglighet och beslutförhet 42 Protokolljusterare\n';

describe('an Åland roll of the others, its marks before the names', () => {
  it('reads a dash among the others as staying away', () => {
    expect(people(ROLL)).toEqual([
      ['member', 'Holm Kerstin', 'ordförande'],
      ['member', 'Berg Anton', 'vice ordförande'],
      ['absent', 'Strand Maja', null],
      ['member', 'Vik Olle', null],
      ['absent', 'Nord Ebba', 'kommunfullmäktiges ordförande'],
      ['absent', 'Sjö Tor', 'ekonomichef'],
      ['absent', 'Dahl Lisa', 'bildningschef'],
      ['other', 'Åberg Gustav', 'kommundirektör'],
    ]);
  });

  it('leaves a list of dashes with no cross as bullets', () => {
    expect(people('PROTOKOLL\nStyrelsen 2023-03-06\nÖvriga närvarande\n- Ebba Nord, ekonomichef\n- Tor Sjö, kommundirektör\n\n§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n').map((p) => p[0])).toEqual(['other', 'other']);
  });
});
