// A förbund's or region's name with a signer's name run on after it on the letterhead's line (`Samordningsförbundet
// Ekedal Maja Holm`): the given name and surname are none of the organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const organisationOf = (head: string): string | null =>
  parseText(text(head, 'KALLELSE', 'Styrelsen kallas till sammanträde', 'Tid: tisdagen den 14 mars 2023 kl. 13.00', 'Plats: Kansliet', '', '1. Val av justerare', '2. Budget')).documents[0]!.meeting!.organisation;

describe('a signer run on after the organisation', () => {
  it('drops the name after a förbund', () => {
    expect(organisationOf('Samordningsförbundet Ekedal Maja Holm')).toBe('Samordningsförbundet Ekedal');
  });
  it('drops the name after a region', () => {
    expect(organisationOf('Region Ekedal Maja Holm')).toBe('Region Ekedal');
  });
  it('keeps a name of two place words', () => {
    expect(organisationOf('Samordningsförbundet Norra Ekedal')).toBe('Samordningsförbundet Norra Ekedal');
  });
});
