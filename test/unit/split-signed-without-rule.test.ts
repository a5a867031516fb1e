// Two notes of the same group in one file, each signed `Vid anteckningarna` / `Lisa Dahl` with no
// signature rule left by the export: the second title opens the second notes (it was read as the
// first one's running header and the two were one document). A page header that repeats the title
// over the anslag block of the same minutes stays in them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notes = (date: string) => [
  'MINNESANTECKNINGAR', 'Beredningsgruppen', `Datum: ${date}`, '1. Föregående anteckningar', 'Lades till handlingarna.', 'Vid anteckningarna', 'Lisa Dahl',
];

describe('a file of two notes signed without a rule', () => {
  const docs = parseText(text(...notes('2025-01-21'), ...notes('2025-02-18'))).documents;

  it('holds two documents, each with its own day', () => {
    expect(docs.map((d) => d.meeting?.date)).toEqual(['2025-01-21', '2025-02-18']);
    expect(docs.map((d) => d.signatures?.secretary)).toEqual([['Lisa Dahl'], ['Lisa Dahl']]);
  });
});

describe('minutes whose title repeats over their anslag page', () => {
  const docs = parseText(
    text(
      'PROTOKOLL', 'Förbundsstyrelsen', 'Sammanträdesdatum 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '§ 2 Budget',
      'Styrelsen beslutar att godkänna budgeten.', 'Vid protokollet', 'Petra Ek', 'Justeras', 'Okke Sand',
      '\fPROTOKOLL', 'Förbundsstyrelsen', 'Sammanträdesdatum 2025-03-12', 'ANSLAG/BEVIS', 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
      'Datum för anslags uppsättande 2025-03-20', 'Datum för anslags nedtagande 2025-04-11',
    ),
  ).documents;

  it('stays one document', () => {
    expect(docs).toHaveLength(1);
    expect(docs[0]?.signatures?.posted).toEqual({ from: '2025-03-20', to: '2025-04-11' });
  });
});
