// Vocabulary met in sweep 8 over notes of federations' working groups. Invented text in the same layout.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTES = [
  'Minnesanteckningar',
  'Arbetsgruppen för samverkan, Samordningsförbundet Norr',
  '2023-10-04, kl. 13.00–15.00, Skype',
  '',
  'Deltagare',
  'Maria Lind, Försäkringskassan',
  'Johan Ek, Arbetsförmedlingen',
  '',
  '1. Incheckning',
  'Alla presenterade sig.',
  '2. Uppföljning av insatser',
  'Statistiken redovisades. En arbetsgrupp för enkäten tillsätts.',
].join('\n');

describe('the working group as the organ that meets', () => {
  it('names `Arbetsgruppen` as the body', () => {
    expect(meetingDoc(NOTES).meeting?.body).toBe('arbetsgrupp');
  });

  it('does not take a working group named in prose for the organ', () => {
    const text = NOTES.replace('Arbetsgruppen för samverkan, ', '').replace('Minnesanteckningar', 'Protokoll styrelsen');
    expect(meetingDoc(text).meeting?.body).toBe('styrelse');
  });
});
