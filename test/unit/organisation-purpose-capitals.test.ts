// A förbund whose name says what it is for, written in capitals as a title page or a letterhead
// writes it (`SAMORDNINGSFÖRBUNDET FÖR REHABILITERING I EKEBY`): the whole name to its place (in capitals
// a place joined by `OCH` is read whole, as a name in capitals is), as in
// lower case, and not cut after its `I`. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { findOrganisation } from '../../src/parse/meeting/organisation.js';

describe('a förbund named with its purpose, in capitals', () => {
  it('reads the name to its place', () => {
    expect(findOrganisation('SAMORDNINGSFÖRBUNDET FÖR REHABILITERING I EKEBY')?.name).toBe('SAMORDNINGSFÖRBUNDET FÖR REHABILITERING I EKEBY');
    expect(findOrganisation('Förslag till SAMORDNINGSFÖRBUND FÖR REHABILITERING I DALBY OCH VÄSTBY')?.name).toBe('SAMORDNINGSFÖRBUND FÖR REHABILITERING I DALBY OCH VÄSTBY');
    expect(findOrganisation('SAMORDNINGSFÖRBUNDET FÖR FINANSIELL SAMORDNING I NORRBY          PROTOKOLL')?.name).toBe('SAMORDNINGSFÖRBUNDET FÖR FINANSIELL SAMORDNING I NORRBY');
  });
  it('leaves other names in capitals as they were', () => {
    expect(findOrganisation('SAMORDNINGSFÖRBUNDET EKEBY')?.name).toBe('SAMORDNINGSFÖRBUNDET EKEBY');
    expect(findOrganisation('SAMORDNINGSFÖRBUNDET I EKEBY LÄN')?.name).toBe('SAMORDNINGSFÖRBUNDET I EKEBY LÄN');
  });
});
