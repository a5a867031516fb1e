// `Beslut att …` writes the label and the first clause's `att` on one line, without a colon. The clauses joined after
// it (`… samt att …` on the same line, or `…;` / `att …` in a paragraph of its own) are the label's further clauses, a
// decision each, as under a `Beslut` heading; the item noted in a plain sentence before the label (`Styrelsen tar del av
// protokollet.`) is the case’s text there, no decision of its own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const decisions = (text: string) => meetingDoc(text).items.map((it) => it.decisions.map((d) => d.text));

describe('clauses after a `Beslut att` label', () => {
  it('reads a clause after `;` in a paragraph of its own', () => {
    const text = 'PROTOKOLL NR 4\nMöte med föreningens styrelse 12 mars 2004\n\n§ 31 Val av justerare och rapportör\n\nBeslut att välja Lena Öst till justerare;\n\natt välja Lena Öst till rapportör till medlemsbladet.\n\n\n§ 32 Fastställande av dagordning\n\nBeslut att fastställa dagordningen.\n';
    expect(decisions(text)).toEqual([['välja Lena Öst till justerare;', 'välja Lena Öst till rapportör till medlemsbladet.'], ['fastställa dagordningen.']]);
  });

  it('reads the clause joined by `samt att` on the same line, as another body writes it', () => {
    const text = 'Protokoll styrelsemöte 2011-05-03\n\n§ 8 Lokalfrågan\n\nKassören redogör för hyresavtalet.\n\nBeslut att säga upp hyresavtalet samt att uppdra åt ordföranden att söka en ny lokal.\n';
    expect(decisions(text)).toEqual([['säga upp hyresavtalet', 'uppdra åt ordföranden att söka en ny lokal.']]);
  });

  it('reads the item noted in a plain sentence before the labelled decision as the case’s text', () => {
    const text = 'PROTOKOLL NR 4\nMöte med föreningens styrelse 12 mars 2004\n\n§ 33 Protokoll från arbetsutskottet\n\nStyrelsen tar del av det justerade protokollet från arbetsutskottets möte.\n\nBeslut att lägga protokollet till handlingarna.\n\n\n§ 34 Rapport\n\nStyrelsen tar del av kassörens rapport.\n';
    expect(decisions(text)).toEqual([['lägga protokollet till handlingarna.'], ['Styrelsen tar del av kassörens rapport.']]);
  });

  it('leaves an `att` paragraph after a clause that ended alone', () => {
    const text = 'Protokoll styrelsemöte 2011-05-03\n\n§ 9 Medlemsavgift\n\nBeslut att behålla avgiften.\n\natt tänka på saken till nästa år är klokt, menade kassören.\n';
    expect(decisions(text)).toEqual([['behålla avgiften.']]);
  });
});
