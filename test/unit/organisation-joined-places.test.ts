// A förbund named after two places joined by a sign (`Samordningsförbundet Östby–Västby`,
// `Samordningsförbundet Östby/Västby`, `Samordningsförbundet Älv & Kust`): the whole name is the
// organisation; it was cut at the sign. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const organisation = (letterhead: string) =>
  meetingDoc(text('Protokoll 2025-03-12', letterhead, '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.')).meeting?.organisation;

describe('a förbund named after places joined by a sign', () => {
  it('keeps an en dash between them', () => {
    expect(organisation('Styrelsen, Samordningsförbundet Östby–Västby')).toBe('Samordningsförbundet Östby–Västby');
  });

  it('keeps a slash between them', () => {
    expect(organisation('Styrelsen, Samordningsförbundet Östby/Västby')).toBe('Samordningsförbundet Östby/Västby');
  });

  it('keeps an ampersand between them', () => {
    expect(organisation('Styrelsen, Samordningsförbundet Älv & Kust')).toBe('Samordningsförbundet Älv & Kust');
  });

  it('still ends the name before a spaced dash', () => {
    expect(organisation('Samordningsförbundet Östby – Styrelsen')).toBe('Samordningsförbundet Östby');
  });
});
