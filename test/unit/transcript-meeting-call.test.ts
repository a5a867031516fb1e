// A sharing site's transcript of a Finland-Swedish meeting call (`Möteskallelse`, who is called under `Ordinarie
// ledamöter` / `Personliga ersättare` / `Övriga deltagare`, then the agenda's §§ with who proposes: `Förslag
// Stadsdirektören: …`). The site's title of the document above its wrapper (`-2, STST 2016-03-14 16:00`) is a copy of the
// first words, no document of its own; the call is a notice, its §§ points whose proposals are proposals, not decisions.
// A second body writes the site's title otherwise and proposes by its kommundirektör. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const city = text(
  '-2, STST 2016-03-14 16:00',
  '',
  'Storlek: px',
  'Starta visningen från sidan:',
  '',
  'Download "-2, STST 2016-03-14 16:00"',
  '',
  'Transkript',
  '',
  '1 -2, STST :00 Möteskallelse Måndagen den 14 mars 2016 kl i stadsstyrelsens sammanträdesrum Ordinarie ledamöter Personliga ersättare Berit Lindqvist, ordförande Mats Storgård Olle Vikman, I viceordförande Sara Nylund Övriga deltagare Eva Granvik, stadsdirektör Jonas Eklöf, stadssekreterare Ärenden Enligt bifogade föredragningslista. Enligt uppdrag: Jonas Eklöf stadssekreterare',
  '',
  '2 71, STST :00 SAMMANTRÄDETS LAGENLIGA SAMMANKALLANDE OCH BESLUTFÖRHET',
  '',
  '3 72, STST :00 PROTOKOLLJUSTERING Stadssekreteraren: Protokolljustering äger rum i stadskansliet måndagen den 21 mars. Förslag Stadsdirektören: Stadsstyrelsen utser Sara Nylund och Olle Vikman till protokolljusterare.',
  '',
  '4 73, STST :00 CFV: 88/2015 DETALJPLAN FÖR KVARTERET LÄRKAN Föredragande: stadsarkitekten Förslag Stadsdirektören: Stadsstyrelsen föreslår att stadsfullmäktige godkänner detaljplanen.',
);

const town = text(
  'Möteskallelse KST :00',
  '',
  'Download "Möteskallelse KST 2019-05-06 18:00"',
  '',
  'Transkript',
  '',
  '1 -2, KST :00 Möteskallelse Måndagen den 6 maj 2019 kl i kommungårdens sessionssal Ordinarie ledamöter Personliga ersättare Anders Holm, ordförande Lisa Åkerlund Övriga deltagare Nina Berglöf, kommundirektör Ärenden Enligt bifogade föredragningslista.',
  '',
  '2 41, KST :00 PROTOKOLLJUSTERING Kommunsekreteraren: Protokollet justeras efter sammanträdet. Förslag Kommundirektörens ersättare: Kommunstyrelsen utser två protokolljusterare.',
  '',
  '3 42, KST :00 BUDGETUPPFÖLJNING Förslag Kommundirektören: Kommunstyrelsen antecknar uppföljningen för kännedom.',
);

describe('a transcript of a meeting call under its site title', () => {
  for (const [name, input, first] of [
    ['a city', city, 71],
    ['a town', town, 41],
  ] as const) {
    describe(name, () => {
      const docs = parseText(input).documents;

      it('is one notice: the site title opens no document', () => {
        expect(docs.map((d) => d.kind)).toEqual(['notice']);
      });

      it('has its §§ as points, proposals and no decisions', () => {
        const items = docs[0]!.items;
        expect(items[0]!.number).toBe(first);
        const proposing = items.filter((it) => it.proposal !== null);
        expect(proposing.length).toBeGreaterThanOrEqual(2);
        for (const it of items) expect(it.decisions).toEqual([]);
      });

      it('keeps who speaks out of the title', () => {
        expect(docs[0]!.items.find((it) => it.title.startsWith('PROTOKOLLJUSTERING'))!.title).toBe('PROTOKOLLJUSTERING');
      });
    });
  }

  it('reads the proposal after who proposes', () => {
    const item = parseText(city).documents[0]!.items.find((it) => it.number === 72)!;
    expect(item.proposal).toBe('Stadsstyrelsen utser Sara Nylund och Olle Vikman till protokolljusterare.');
  });
});
