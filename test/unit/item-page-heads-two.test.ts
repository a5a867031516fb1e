// A meeting system's pages saved one after another without page breaks, the same header over
// each § (`Socialnämnden, möte 12.3.2025` / `Protokollet är granskat`): with only two § pages
// the header is still page furniture, not the end of the first § or a decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (n: number, title: string, proposal: string, decision: string): string =>
  text('Kulturnämnden, möte 4.6.2025', 'Protokollet är granskat', '', `§ ${n} ${title}`, '', 'Beslutsförslag', proposal, '', 'Beslut', decision, '');

describe('a header over two § pages', () => {
  it('is furniture: no part of the first § and no decision', () => {
    const doc = meetingDoc(
      page(31, 'Val av protokolljusterare', 'Nämnden väljer Mika Salo till protokolljusterare.', 'Nämnden valde Mika Salo till protokolljusterare.') +
        page(32, 'Bidrag till kulturföreningar', 'Nämnden beviljar bidragen enligt bilaga.', 'Godkändes.'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [31, 'Val av protokolljusterare', ['Nämnden valde Mika Salo till protokolljusterare.']],
      [32, 'Bidrag till kulturföreningar', ['Godkändes.']],
    ]);
    expect(doc.items[0]!.text).not.toContain('Protokollet är granskat');
  });
});
