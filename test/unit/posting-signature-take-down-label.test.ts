// An anslag block whose last label names both the signature and who takes the notice down
// (`Underskrift/anslag tas ned`), the labels before their values as a transcript runs them
// on: the place the minutes are kept is the place alone. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const MINUTES = [
  'SAMMANTRÄDESPROTOKOLL',
  'Kommunfullmäktige',
  '',
  'Tid 18:30-20:15',
  'Plats Folkets hus, Sundby',
  '',
  'Beslutande ledamöter Anders Holm (S) (ordförande) Karin Berg (S) Maria Sjö (S) Bengt Åker (M)',
  '',
  'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Förvaringsplats för protokollet Underskrift/anslag tas ned Kommunkansliet',
  '',
  'Kf § 12 Val av justerare',
  '',
  'Kommunfullmäktige väljer Maria Sjö (S) och Bengt Åker (M) att jämte ordföranden justera protokollet.',
].join('\n');

describe('`Underskrift/anslag tas ned` among the anslag’s labels', () => {
  it('is one label: the minutes are kept at the place alone', () => {
    expect(meetingDoc(MINUTES).signatures?.storedAt).toBe('Kommunkansliet');
  });
});
