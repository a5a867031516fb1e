// Minutes whose pages an extractor wrote each on one line: every § heading runs on with the
// sentence of its text (`§ 2 Val av justerare Styrelsen utser Kent Berg att …`). The title
// ends where that sentence opens, also where a name follows the sentence's subject, and also
// where the sentence is short (`§ 4 Verksamhetsplan Förbundschefen redovisar planen.`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';
import { parse } from '../../src/index.js';

describe('a § heading run on with its text on a flattened page', () => {
  it('ends the title where a sentence opens with its subject and verb, before a name in it', () => {
    expect(splitInlineTitle('Val av justerare Styrelsen utser Kent Berg att justera protokollet.')).toEqual({
      title: 'Val av justerare',
      body: 'Styrelsen utser Kent Berg att justera protokollet.',
    });
    // a project's name before the presenter is no sentence: the name still ends the title
    expect(splitInlineTitle('Uppföljning av insatsen Vägen In Emir Dedic redovisar läget.').title).toBe('Uppföljning av insatsen Vägen In');
    // nor is a capital after a preposition, or a word that only ends like a verb
    expect(splitInlineTitle('Information från Förbundet Tove Lind informerar.').title).toBe('Information från Förbundet');
    expect(splitInlineTitle('Stöd till Unga under 30 Ola Berg föredrar.').title).toBe('Stöd till Unga under 30');
  });

  it('reads the titles and decisions of a page written on one line', () => {
    const text =
      'PROTOKOLL Styrelsen Samordningsförbundet Ekdal 2025-02-10 Närvarande Eva Lund, ordförande Kent Berg, vice ordförande ' +
      '§ 1 Mötets öppnande Ordföranden öppnar mötet. § 2 Val av justerare Styrelsen utser Kent Berg att justera protokollet. ' +
      '§ 3 Budget 2025 Styrelsen fastställer budgeten. § 4 Verksamhetsplan Förbundschefen redovisar planen. ' +
      'Beslut Styrelsen godkänner verksamhetsplanen. § 5 Mötets avslutande Ordföranden avslutar mötet.\n';
    const [doc] = parse(text).documents;
    expect(doc!.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [1, 'Mötets öppnande', []],
      [2, 'Val av justerare', ['Styrelsen utser Kent Berg att justera protokollet.']],
      [3, 'Budget 2025', ['Styrelsen fastställer budgeten.']],
      [4, 'Verksamhetsplan', ['Styrelsen godkänner verksamhetsplanen.']],
      [5, 'Mötets avslutande', []],
    ]);
  });
});
