// A proposal, under its heading or after its label, and the meeting's decision on it on the next line, no blank line
// between (`Förslag till beslut` / `Att styrelsen godkänner rapporten.` / `Styrelsen beslutar enligt förslaget.`), as
// minutes printed from a PDF run them: the proposal ends where the meeting decides as proposed or is told to have
// decided (a proposal is never told in the past), and that line is the decision. A second sentence of the proposal
// that decides in the present stays part of it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...body: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrby', 'Datum 2024-03-12', '', '§ 5 Ekonomisk rapport', 'Förbundschefen redovisade rapporten.', ...body, '', '§ 6 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const read = (doc: ReturnType<typeof minutes>) => {
  const it = item(doc, 5);
  return { proposal: it.proposal, decisions: it.decisions.map((d) => [d.by, d.text]) };
};

describe('a proposal and the decision on it, no blank line between', () => {
  it('under the proposal’s heading, decided as proposed', () => {
    const doc = minutes('', 'Förslag till beslut', 'Att styrelsen godkänner rapporten.', 'Styrelsen beslutar enligt förslaget.');
    expect(read(doc)).toEqual({ proposal: 'Att styrelsen godkänner rapporten.', decisions: [['Styrelsen', 'Styrelsen beslutar enligt förslaget.']] });
  });

  it('under the heading, the proposal in the organ’s words', () => {
    const doc = minutes('Förslag till beslut', 'Styrelsen godkänner rapporten.', 'Styrelsen beslutade enligt förslaget.');
    expect(read(doc)).toEqual({ proposal: 'Styrelsen godkänner rapporten.', decisions: [['Styrelsen', 'Styrelsen beslutade enligt förslaget.']] });
  });

  it('after the label, decided in the past', () => {
    const doc = minutes('', 'Förslag till beslut: Styrelsen godkänner rapporten.', 'Styrelsen beslutade att godkänna rapporten.');
    expect(read(doc)).toEqual({ proposal: 'Styrelsen godkänner rapporten.', decisions: [['Styrelsen', 'Styrelsen beslutade att godkänna rapporten.']] });
  });

  it('after the label, its line with no stop', () => {
    const doc = minutes('', 'Förslag till beslut: att godkänna rapporten', 'Styrelsen beslutade att godkänna rapporten.');
    expect(read(doc)).toEqual({ proposal: 'att godkänna rapporten', decisions: [['Styrelsen', 'Styrelsen beslutade att godkänna rapporten.']] });
  });

  it('not a second sentence of the proposal', () => {
    const doc = minutes('', 'Förslag till beslut', 'Styrelsen godkänner rapporten.', 'Styrelsen överlämnar rapporten till medlemmarna.');
    expect(read(doc)).toEqual({ proposal: 'Styrelsen godkänner rapporten. Styrelsen överlämnar rapporten till medlemmarna.', decisions: [] });
  });
});
