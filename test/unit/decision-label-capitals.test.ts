// Decision and proposal labels of one word in capitals, as older municipal templates print
// them (`BESLUT` over the decision, `BESLUT: …` run into it, `BESLUT Styrelsen godkänner …` on
// a flattened line, `BESLUTSFÖRSLAG` over the proposal). Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { findProposal } from '../../src/parse/decisions/proposal.js';
import { parasOf } from './helpers.js';

const decided = (...lines: string[]): [string | null, string][] => findDecisions(parasOf(lines.join('\n'))).map((d) => [d.by, d.text]);

describe('a decision label in capitals', () => {
  it('`BESLUT` on a line of its own over the decision', () => {
    expect(decided('Förvaltningen redovisar utfallet.', '', 'BESLUT', 'Nämnden godkänner rapporten.', 'Rapporten läggs till handlingarna.')).toEqual([
      ['Nämnden', 'Nämnden godkänner rapporten.'],
      [null, 'Rapporten läggs till handlingarna.'],
    ]);
  });

  it('`BESLUT:` run into its decision under a line of text', () => {
    expect(decided('Förvaltningen redovisar utfallet.', 'BESLUT: Ärendet bordläggs till nästa sammanträde.')).toEqual([[null, 'Ärendet bordläggs till nästa sammanträde.']]);
  });

  it('`BESLUT` before its decision on a flattened line', () => {
    expect(decided('Förvaltningen redovisar utfallet. BESLUT Nämnden godkänner rapporten.')).toEqual([['Nämnden', 'Nämnden godkänner rapporten.']]);
  });

  it('`BESLUTSFÖRSLAG` over the proposal', () => {
    expect(findProposal(parasOf(['BESLUTSFÖRSLAG', 'Nämnden godkänner rapporten.'].join('\n')))).toBe('Nämnden godkänner rapporten.');
  });
});
