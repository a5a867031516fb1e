// A proposal labelled with the organ that makes it, one genitive or two (`Arbetsutskottets förslag: …`,
// `Socialnämndens arbetsutskotts förslag: …`), in minutes that label their decision (`Beslut: …`): the labelled text is the
// proposal, and no decision (the genitive never decides). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...body: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrby', 'Datum 2024-03-12', '', '§ 6 Ekonomisk rapport', 'Förbundschefen redovisade rapporten.', '', ...body, '', '§ 7 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const read = (doc: ReturnType<typeof minutes>) => {
  const it = item(doc, 6);
  return { proposal: it.proposal, decisions: it.decisions.map((d) => [d.by, d.text]) };
};

describe('a proposal labelled with its organ', () => {
  it('one genitive, the decision labelled on the next line', () => {
    const doc = minutes('Arbetsutskottets förslag: Att styrelsen godkänner rapporten.', 'Beslut: Styrelsen godkänner rapporten.');
    expect(read(doc)).toEqual({ proposal: 'Att styrelsen godkänner rapporten.', decisions: [['Styrelsen', 'Styrelsen godkänner rapporten.']] });
  });

  it('one genitive, alone', () => {
    const doc = minutes('Arbetsutskottets förslag: Styrelsen fastställer rapporten.');
    expect(read(doc)).toEqual({ proposal: 'Styrelsen fastställer rapporten.', decisions: [] });
  });

  it('two genitives', () => {
    const doc = minutes('Styrelsens arbetsutskotts förslag: Styrelsen godkänner rapporten.', '', 'Beslut: Styrelsen godkänner rapporten.');
    expect(read(doc)).toEqual({ proposal: 'Styrelsen godkänner rapporten.', decisions: [['Styrelsen', 'Styrelsen godkänner rapporten.']] });
  });
});
