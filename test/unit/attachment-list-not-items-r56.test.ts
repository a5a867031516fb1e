// A numbered list under a heading of attachments (`Bilagor` / `1. Verksamhetsberättelse` / `2. Budget` …) above
// minutes whose points are numbered the same way: the list is the attachments, never the items, and its last
// entry does not swallow the points. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const titles = (text: string) => meetingDoc(text).items.map((i) => [i.number, i.title]);

describe('an attachment list above numbered points', () => {
  it('a Bilagor heading over 1. … entries, the points after a blank line', () => {
    const text = [
      'Protokoll styrelsemöte Samordningsförbundet Norrdal 2023-02-10',
      '',
      'Närvarande: Lina Ros, Olof Berg, Kim Sand',
      '',
      'Bilagor',
      '1. Verksamhetsberättelse 2022',
      '2. Budget 2023',
      '3. Årsredovisning 2022',
      '4. Revisionsberättelse',
      '5. Närvarolista',
      '',
      '1. Formalia',
      'Mötet öppnades. Dagordningen godkändes.',
      '',
      '2. Årsredovisning',
      'Förbundschefen redogjorde för årsredovisningen. Styrelsen beslutar att godkänna årsredovisningen.',
      '',
      '3. Övrigt',
      'Inga övriga frågor.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Formalia'],
      [2, 'Årsredovisning'],
      [3, 'Övrigt'],
    ]);
  });

  it('a Bilageförteckning with 1) entries and blank lines between, in notes', () => {
    const text = [
      'Minnesanteckningar nätverksmöte Hälsa Väst 2023-05-04',
      '',
      'Deltagare: Lina Ros, Olof Berg, Kim Sand',
      '',
      'Bilageförteckning:',
      '',
      '1) Presentation om hälsodata',
      '',
      '2) Inbjudan till konferens',
      '',
      '1) Inledning',
      'Ordföranden hälsade välkommen och dagordningen godkändes.',
      '',
      '2) Hälsodata',
      'Olof Berg presenterade de nya siffrorna.',
      '',
      '3) Nästa möte',
      'Nästa möte hålls den 7 september.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Inledning'],
      [2, 'Hälsodata'],
      [3, 'Nästa möte'],
    ]);
  });

  it('points under another heading are still read', () => {
    const text = ['Protokoll styrelsemöte Föreningen Ekbacken 2023-04-02', '', 'Ärenden', '1. Formalia', 'Mötet öppnades.', '', '2. Ekonomi', 'Kassören redogjorde för ekonomin.', ''].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Formalia'],
      [2, 'Ekonomi'],
    ]);
  });
});
