// A case paper after the minutes whose title block (`TJÄNSTESKRIVELSE` / `Datum …` / `Dnr 2025/14`)
// is printed again at the top of each of its pages: the prints on its later pages are furniture,
// but the first is the paper's own heading and stays, its case number whole (`2025/14` is no page
// counter: no page of 14 is the 2025th). The lines the later prints leave blank make no gap that
// would cut the paper into a document a page. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, parseText } from './helpers.js';

const prose = (word: string): string => Array.from({ length: 8 }, (_, k) => `${word} rad ${k} handlar om budgetens delar och förbundets arbete.`).join('\n');
const head = 'TJÄNSTESKRIVELSE\nDatum 2025-02-20\nDnr 2025/14\n';
const text = [
  'Samordningsförbundet Norrvik\nPROTOKOLL\nStyrelsemöte 2025-03-12\n\nNärvarande\nAnna Berg, ordförande\n\n§ 1 Budget\nStyrelsen beslutar att godkänna budgeten.\n\nVid protokollet\nLisa Holm\n',
  `${head}\nBudget 2026\n\nBakgrund\n${prose('Första')}\n`,
  `${head}\nEkonomiska konsekvenser\n${prose('Andra')}\n`,
  `${head}\nUppföljning\n${prose('Tredje')}\n`,
].join('\f');

describe('a case paper`s title printed on each of its pages', () => {
  it('stays on its first page and goes from the others', () => {
    const kept = linesOf(text).map((l) => l.text).filter((t) => t !== '');
    expect(kept.filter((t) => t === 'TJÄNSTESKRIVELSE')).toHaveLength(1);
    expect(kept.filter((t) => t.startsWith('Dnr'))).toEqual(['Dnr 2025/14']);
    expect(kept.indexOf('TJÄNSTESKRIVELSE')).toBeLessThan(kept.indexOf('Budget 2026'));
  });

  it('leaves one paper: the header`s removed lines make no gap between its pages', () => {
    const docs = parseText(text).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['minutes', 'PROTOKOLL'], ['other', 'TJÄNSTESKRIVELSE']]);
    expect(docs[1]!.text).toContain('Tredje rad 7');
  });
});
