// Minutes that print, inside their own text, a heading of another kind: the agenda they followed under `Föredragningslista`
// (its points numbered apart from the minutes' running §§), or `KALLELSE` over a §'s text about the next meeting. The
// minutes stay one document of kind minutes; only a heading over a meeting's frame of its own (`Datum: …`) opens
// another. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const read = (lines: string[]) => parse(lines.join('\n')).documents.map((d) => [d.kind, d.items.map((i) => i.number)]);

const FRONT = ['Sammanträdesprotokoll', 'Direktionen, Räddningsförbundet Ljungsjön', 'Sammanträdesdatum: 2025-02-11', '', 'Beslutande', 'Mona Ekstam, ordförande', 'Jens Karlberg', 'Tuva Rask', ''];

describe('a heading of another kind inside minutes', () => {
  it('the agenda they followed, numbered 1–3, before their §§ 41–43', () => {
    const lines = [
      ...FRONT,
      'Föredragningslista',
      '1. Upprop',
      '2. Delårsrapport',
      '3. Avgifter 2026',
      '',
      '§ 41 Upprop',
      'Uppropet förrättades.',
      '',
      '§ 42 Delårsrapport',
      'Direktionen beslutar att godkänna delårsrapporten.',
      '',
      '§ 43 Avgifter 2026',
      'Direktionen beslutar att avgifterna höjs med två procent.',
    ];
    expect(read(lines)).toEqual([['minutes', [41, 42, 43]]]);
  });

  it('KALLELSE over a §’s text stays the § it stands in; over its own date it opens the notice after the minutes', () => {
    const paragraphs = [
      '§ 7 Medlemsmöte',
      'KALLELSE',
      'Direktionen beslutar att medlemsmötet hålls den 3 juni och att inbjudan skickas i maj.',
      '',
      '§ 8 Avslutning',
      'Ordföranden tackar för visat intresse.',
      '',
    ];
    expect(read([...FRONT, ...paragraphs])).toEqual([['minutes', [7, 8]]]);
    const notice = ['KALLELSE', 'Datum: 2025-06-03', 'Plats: Brandstationen', '', '1. Medlemsmötets öppnande', '2. Verksamheten'];
    expect(read([...FRONT, ...paragraphs, ...notice])).toEqual([['minutes', [7, 8]], ['notice', [1, 2]]]);
  });
});
