// Minutes whose list of points, printed after the front page as § headings with no text, ends in bare headings
// (`§ 44`, `§ 45`, `§ 46`) and then their titles one after another, one of them ending in a point
// (`Ansökan om medel till insatsen Vidare.`), as a web archive flattens the samordningsförbund template. The §§ come
// again with their texts: the list is no second set of items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const MINUTES = `(1)

Plats och tid: Sammanträdesrummet Ugglan, Kommunhuset Norrvik 2023-11-17 kl. 09.00-11.45

Närvarande

Beslutande: Ersättare:

Karin Holmqvist, ordförande

Per Sandell Olle Bergkvist Maja Lindgren

Sofia Åkerlund

Närvarande, ej tjg ers:

Henrik Dahlberg

Övriga deltagande: Lars Nyström, Förbundschef Anna Wiklund, Sekreterare Jonas Ek Samordnare Eva Berg, Ekonom

Justeringens tid och plats:

Underskrifter: Paragrafer 41-47

Sekreterare: ………

Anna Wiklund

Ordförande: ………..

Karin Holmqvist

(2)

Utdragsbestyrkande

2

ANSLAG/BEVIS

Protokollet är justerat. Justeringen har tillkännagivits genom anslag

Organ och §§:

Samordningsförbundet Norrvik

Sammanträdesdatum: 2023-11-17

Anslag uppsättes: 2023- Anslag nedtages tidigast: 2023-

Förvaringsplats för protokollet: Kommunhuset Norrvik

Underskrift: ……….

Anna Wiklund

(3)

§ 41 Mötets öppnande

§ 42 Godkännande av dagordningen

§ 43 Val av protokollsjusterare

Beslutsärende

§ 44

§ 45

§ 46

Redogörelse för ekonomin. Informationsärende Ansökan om medel till insatsen Steget. Beslutsärende

Ansökan om medel till insatsen Vidare.

Beslutsärende

(4)

§ 41 Mötets öppnande

Ordföranden hälsar välkommen och förklarar mötet öppnat.

§ 42 Godkännande av dagordningen

Beslut

Styrelsen godkänner dagordningen.

§ 43 Val av protokollsjusterare

Beslut

Styrelsen utser Per Sandell att jämte ordföranden justera protokollet.

§ 44 Redogörelse för ekonomin

Ekonomen redovisar utfallet.

§ 45 Ansökan om medel till insatsen Steget

Beslut

Styrelsen beviljar 300 000 kronor.

§ 46 Ansökan om medel till insatsen Vidare

Beslut

Styrelsen avslår ansökan.
`;

describe('a list of § headings before the §§, its last titles ending in a point', () => {
  const doc = meetingDoc(MINUTES);

  it('reads each § once, with its text and decision', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [41, 'Mötets öppnande'],
      [42, 'Godkännande av dagordningen'],
      [43, 'Val av protokollsjusterare'],
      [44, 'Redogörelse för ekonomin'],
      [45, 'Ansökan om medel till insatsen Steget'],
      [46, 'Ansökan om medel till insatsen Vidare'],
    ]);
    expect(doc.items[5]!.decisions.map((d) => d.text)).toEqual(['Styrelsen avslår ansökan.']);
  });

  it('finds the adjuster the § elects', () => {
    expect(doc.signatures?.adjusters).toEqual(['Per Sandell']);
  });
});
