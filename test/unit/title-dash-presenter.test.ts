// Notes and agendas whose point's heading names its presenter after a dash, with or without
// what the presenter does (`Ekonomi – förbundschef Eva Holm informerar`, `Insatsen Vägen vidare
// – Lisa Berg, projektledare`, `Ekonomi – förbundschef informerar`), as samordningsförbund
// minnesanteckningar write them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { presenterInTitle } from '../../src/parse/items/title-presenter.js';
import { item, meetingDoc } from './helpers.js';

describe('a presenter after a dash ending the heading', () => {
  const doc = meetingDoc(
    [
      'MINNESANTECKNINGAR',
      'Samordningsförbundet Östra Vikdal',
      'Styrelsemöte 2024-09-12',
      '',
      'Närvarande: Tove Lindqvist, Arvid Sten, Greta Holm',
      '',
      '1. Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      '2. Ekonomi – förbundschef Greta Holm informerar',
      'Utfallet följer budget.',
      '',
      '3. Insatsen Vägen vidare – Lisa Berg, projektledare',
      'Insatsen har fjorton deltagare.',
      '',
      '4. Uppföljning - Greta Holm och Nils Ek redogör',
      'Uppföljningen visar goda resultat.',
    ].join('\n'),
  );

  it('is the presenter and no part of the title', () => {
    expect([item(doc, 2).title, item(doc, 2).presenter]).toEqual(['Ekonomi', 'Greta Holm']);
    expect([item(doc, 3).title, item(doc, 3).presenter]).toEqual(['Insatsen Vägen vidare', 'Lisa Berg']);
    expect([item(doc, 4).title, item(doc, 4).presenter]).toEqual(['Uppföljning', 'Greta Holm och Nils Ek']);
  });

  it('takes a position alone only with what it does', () => {
    expect(presenterInTitle('Ekonomi – förbundschef informerar')).toEqual({ title: 'Ekonomi', presenter: 'förbundschef' });
    expect(presenterInTitle('Rekrytering – ekonom')).toBeNull();
  });

  it('leaves an organisation, and the person a point is about, in the title', () => {
    expect(presenterInTitle('Samverkan – Region Kustlandet')).toBeNull();
    expect(presenterInTitle('Avsägelse – Lisa Berg')).toBeNull();
    expect(presenterInTitle('Val av ersättare – Nils Ek')).toBeNull();
  });
});
