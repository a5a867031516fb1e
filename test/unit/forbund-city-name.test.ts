// A förbund named after a city, whose name ends in the lower-case `stad` (`Samordningsförbundet Ekbys stad`,
// `Samordningsförbundet Ekby stad`), as a county's `län` already ends one (`Samordningsförbundet i Ekby län`):
// the word is part of the name, and the genitive before it is the name's, not a genitive to drop.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...head: string[]) => meetingDoc(text(...head, 'Datum: 2021-03-04', '', '§ 1 Val av justerare', 'Anna Ek väljs att justera.'));

describe('a förbund named after a city', () => {
  it('keeps its stad', () => {
    expect(minutes('Protokoll styrelsemöte Samordningsförbundet Ekbys stad').meeting?.organisation).toBe('Samordningsförbundet Ekbys stad');
    expect(minutes('PROTOKOLL', 'Samordningsförbundet Ekby stad', 'Styrelsen').meeting?.organisation).toBe('Samordningsförbundet Ekby stad');
  });
  it('still drops the genitive before another noun', () => {
    expect(minutes('Finsam Ekbys styrelsemöte').meeting?.organisation).toBe('Finsam Ekby');
  });
});
