// The same lines over § after § head a meeting system's pages only where the first § stands under them alone: a text
// that opens with a front page (more lines above the first §'s block than the block) has no such pages, and its lines
// over the § headings stay, however often they recur below (the § headings past the first are then not asked). Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';

const page = (n: number): string[] => ['Fritidsnämnden, möte 3.2.2026', 'Protokollet är granskat', '', `§ ${n} Ärende nummer ${n}`, '', 'Beslut', 'Godkändes.', ''];
const kept = (text: string): number => normalise(text).lines.filter((l) => l.text === 'Protokollet är granskat').length;

describe('lines over § after §', () => {
  it('are a header where the first § stands under them alone', () => {
    expect(kept([...page(4), ...page(5), ...page(6)].join('\n'))).toBeLessThan(3);
  });
  it('stay where a front page stands above the first §', () => {
    const front = ['PROTOKOLL', 'Fritidsnämnden', 'Tid och plats: Ekbacka skola kl. 18.00', 'Beslutande: Lena Vik, Ove Strand', ''];
    expect(kept([...front, ...page(4), ...page(5), ...page(6)].join('\n'))).toBe(3);
  });
});
