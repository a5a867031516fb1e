// A förbund's name in a letterhead's first column, another column beside it (`Samordningsförbundet
// Ekbygd            Sida 1 (4)`): the name ends at the gap, and a page's word is never part of it
// (it was `Samordningsförbundet Ekbygd Sida`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const organisation = (...letterhead: string[]) =>
  meetingDoc(text(...letterhead, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.')).meeting?.organisation;

describe('a förbund named in a letterhead column', () => {
  it('ends at the column gap', () => {
    expect(organisation('                                     PROTOKOLL', 'Förbundsstyrelsen                    Datum 2025-05-21', 'Samordningsförbundet Ekbygd           Sida 1 (4)')).toBe('Samordningsförbundet Ekbygd');
    expect(organisation('Samordningsförbundet Norra Ekbygd     Anna Lind', 'Protokoll 2025-05-21')).toBe('Samordningsförbundet Norra Ekbygd');
  });

  it('takes no page word run on after it', () => {
    expect(organisation('PROTOKOLL 2025-05-21', 'Samordningsförbundet Ekbygd Sida 1 av 4')).toBe('Samordningsförbundet Ekbygd');
  });

  it('keeps a name of several words written with single spaces', () => {
    expect(organisation('PROTOKOLL 2025-05-21', 'Samordningsförbundet Västra Ekbygd Norra')).toBe('Samordningsförbundet Västra Ekbygd Norra');
  });
});
