// A förbund whose name says what it is for in lower-case words before its place:
// `Samordningsförbundet för rehabilitering i Ekeby`, `Samordningsförbundet för finsam i Västby`,
// `Samordningsförbundet för finansiell samordning i Dalby`. The whole name is the organisation,
// as a letterhead or a heading writes it; a förbund named without such words reads as before.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { findOrganisation } from '../../src/parse/meeting/organisation.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (...head: string[]) =>
  meetingDoc(text(...head, 'Datum: 2021-03-04', 'Tid: kl. 13.00-15.00', 'Beslutande: Anna Ek (S), ordförande', '', '§ 1 Val av justerare', 'Anna Ek väljs att justera.'));

describe('a förbund named with lower-case words of its purpose', () => {
  it.each([
    ['Samordningsförbundet för rehabilitering i Ekeby', 'Samordningsförbundet för rehabilitering i Ekeby'],
    ['Samordningsförbundet för finsam i Västby', 'Samordningsförbundet för finsam i Västby'],
    ['Samordningsförbundet för finansiell samordning i Dalby', 'Samordningsförbundet för finansiell samordning i Dalby'],
    ['Samordningsförbundet för rehabilitering i Ekeby län          PROTOKOLL', 'Samordningsförbundet för rehabilitering i Ekeby län'],
  ])('%s', (letterhead, name) => {
    expect(minutes(letterhead, 'PROTOKOLL', 'Styrelsen').meeting?.organisation).toBe(name);
  });
  it('reads the name in a heading line too', () => {
    expect(findOrganisation('Protokoll från styrelsen för Samordningsförbundet för rehabilitering i Norrby, 2021-03-04')?.name).toBe(
      'Samordningsförbundet för rehabilitering i Norrby',
    );
  });
  it('leaves names without such words as they were', () => {
    expect(findOrganisation('Samordningsförbundet i Ekeby län')?.name).toBe('Samordningsförbundet i Ekeby län');
    expect(findOrganisation('Samordningsförbundet Västby')?.name).toBe('Samordningsförbundet Västby');
    expect(findOrganisation('Samordningsförbundet för Ekeby och Dalby')?.name).toBe('Samordningsförbundet för Ekeby');
    // a sentence whose words run on without a place after them names no förbund
    expect(findOrganisation('Samordningsförbundet för alla medlemmar')).toBeNull();
  });
});
