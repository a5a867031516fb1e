// Finnish-Swedish minutes run the proceedings into their label (`Behandling: Ledamoten Jonas Berg
// föreslog, understödd av ledamoten Eva Nyström, att ärendet bordläggs.`): the member's motion, read
// as one, is no part of the item's proposal, which the `Förslag:` paragraph alone gives. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Stadsstyrelsen', 'Sammanträdestid 12.3.2024 kl. 17.00-19.10', '',
    '§ 45 Detaljplan för Strandbacken', '',
    'Förslag: Stadsstyrelsen föreslår för fullmäktige att detaljplanen för Strandbacken godkänns.', '',
    'Behandling: Ledamoten Jonas Berg föreslog, understödd av ledamoten Eva Nyström, att ärendet bordläggs.',
    'Ordföranden konstaterade att stadsstyrelsen beslutat enligt stadsdirektörens förslag.', '',
    'Beslut: Stadsstyrelsen beslöt enligt förslaget.',
  ),
);

describe('a proceedings label run into its text', () => {
  it('gives no proposal; the motion is read', () => {
    const it45 = item(doc, 45);
    expect(it45.proposal).toBe('Stadsstyrelsen föreslår för fullmäktige att detaljplanen för Strandbacken godkänns.');
    expect(it45.motions.map((m) => [m.by, m.text])).toEqual([[['Jonas Berg', 'Eva Nyström'], 'att ärendet bordläggs']]);
  });
});
