// A contents list flattened onto one line under a heading written as a phrase, `Förteckning över styrelsens ärenden`
// (`… över kommunfullmäktiges ärenden`, `… över behandlade ärenden`): its entries are the numbers that count up after the
// phrase's noun, each before its title, as under `Innehållsförteckning`; in an excerpt that ends there they are the items.
// A line that only names the phrase, no entries counting after it, is no list. Seen at a regional association's board
// and a municipal council's minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const transcript = (...pages: string[]): string =>
  ['SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen', '', 'Storlek: px', '', 'Transkript', '', ...pages.flatMap((p) => [p, ''])].join('\n');

const FRONT =
  '1 (12) Tid Onsdagen den 9 december 2026 kl 10 Plats Regionens hus, Ekby Ledamöter Eva Lund (s) ordförande Per Ek (m) Anna Berg (c) Justering Justerare Underskrifter Sekreterare Ordförande Justerande Per Ek Bo Alm Eva Lund (s) Per Ek (m) Paragrafer';

const items = (text: string): [number | null, string][] => parseText(text).documents.flatMap((d) => d.items.map((i): [number | null, string] => [i.number, i.title]));

describe('a one-line contents list under `Förteckning över … ärenden`', () => {
  it('names the items of an excerpt that ends with it', () => {
    const text = transcript(
      FRONT,
      '2 Ekby regionförbund (12) Förteckning över styrelsens ärenden den 9 december Fastställande av dagordning 88 Aktuella frågor för regional utveckling 89 Redogörelse för det ekonomiska läget 90 Länstransportplan 2027 återkoppling 91 Projektansökan om cykelleder 92 Del',
    );
    expect(items(text)).toEqual([
      [88, 'Aktuella frågor för regional utveckling'],
      [89, 'Redogörelse för det ekonomiska läget'],
      [90, 'Länstransportplan 2027 återkoppling'],
      [91, 'Projektansökan om cykelleder'],
      [92, 'Del'],
    ]);
  });

  it('is no list where no numbers count after the phrase', () => {
    const text = transcript(FRONT, '2 Ekby regionförbund (12) Förteckning över kommunfullmäktiges ärenden Informationsärenden 76 77 78 79 Förändringar av kungörelsen Motion om skolan Valärende');
    expect(items(text)).toEqual([]);
  });
});
