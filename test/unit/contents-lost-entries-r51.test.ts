// A contents list flattened onto one line by a transcript that lost an entry's number (and
// its page): the lost entry's title runs on after the one before it (`65 Framtidsstrategi med
// budget Översyn av bolagsordningen 6 67 …`). Where the run-on title holds as many places to
// cut as numbers were lost (a page before a capital, or else a capital opening two words at
// least), each lost number is an entry of its own with its title; else the title is left as it
// was. Seen at a municipal board's minutes (Innehållsförteckning: Sid.) and in transcripts
// that lose list numbers at other bodies. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const FRONT = [
  '1 1 (30) Plats och tid för sammanträdet Beslutande Kommunkontoret, rum Ugglan, tisdag den 12 maj 2026, kl 09.00',
  'Eva Lund, s, ordförande Per Ek, m Anna Berg, c',
  'Justeringens plats Kommunkontoret Paragrafer Underskrifter Sekreterare Ordförande Justerande Bo Alm Eva Lund Per Ek',
  '',
];

const items = (contents: string): [number | null, string][] =>
  parseText([...FRONT, contents, ''].join('\n')).documents.flatMap((d) => d.items.map((i): [number | null, string] => [i.number, i.title]));

describe('a one-line contents list that lost an entry’s number', () => {
  it('gives the lost number its title, cut before the capital that opens it', () => {
    expect(items('3 3 Innehållsförteckning: Sid. 40 Budget för nästa år med plan Revidering av taxan för bygglov i kommunen 6 42 Rapport från arbetsgruppen 9 43 Svar på motion om gatubelysning 11 44 Delegationsbeslut 12')).toEqual([
      [40, 'Budget för nästa år med plan'],
      [41, 'Revidering av taxan för bygglov i kommunen'],
      [42, 'Rapport från arbetsgruppen'],
      [43, 'Svar på motion om gatubelysning'],
      [44, 'Delegationsbeslut'],
    ]);
  });

  it('cuts after the lost entry’s page where the transcript kept it', () => {
    expect(items('2 Innehållsförteckning: 52 Budget 4 Delårsrapport per april 5 54 Taxor för äldreomsorgen 7 55 Meddelanden 9')).toEqual([
      [52, 'Budget'],
      [53, 'Delårsrapport per april'],
      [54, 'Taxor för äldreomsorgen'],
      [55, 'Meddelanden'],
    ]);
  });

  it('leaves the title whole where its capitals do not count up to the lost numbers', () => {
    const got = items('3 3 Innehållsförteckning: Sid. 40 Avtal med Norrby Energi om fjärrvärme 6 42 Rapport från arbetsgruppen 9 43 Svar på motion om gatubelysning 11');
    expect(got.map(([n]) => n)).toEqual([40, 42, 43]);
  });
});

describe('a contents list under its page column’s head that lost an entry’s number', () => {
  it('gives the lost number its title there too', () => {
    expect(items('2 Tid kl. 19:00 Plats Rådhuset, Norrby Ärenden som ska behandlas Sida 71 Konstituering av sammanträdet 4 72 Val av revisorer Ändring av grundavtalet för samkommunen 8 74 Fullmäktigemotion om cykelbanor 9 75 Följande sammanträde 12')).toEqual([
      [71, 'Konstituering av sammanträdet'],
      [72, 'Val av revisorer'],
      [73, 'Ändring av grundavtalet för samkommunen'],
      [74, 'Fullmäktigemotion om cykelbanor'],
      [75, 'Följande sammanträde'],
    ]);
  });
});
