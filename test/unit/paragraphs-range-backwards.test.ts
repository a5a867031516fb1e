// A web agenda headed `Ärenden` (a weak label of the §§ held) over the meeting's day (`Sammanträde 2023-09-12`): the
// label's value cut to `2023-09` is no range of §§, for a range never ends before it starts. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a range that ends before it starts', () => {
  it('is no declared range of §§', () => {
    const doc = meetingDoc(
      text(
        'Ärenden', '', 'Sammanträde 2024-10-08', '', 'Datum', 'Klockan', '17:30', 'Plats', 'Norrby kulturhus', '',
        '21 Val av justerare', '', 'Diarienummer 2024/KN 0102 001', '',
        '22 Anmälan av delegationsbeslut', '', 'Diarienummer 2024/KN 0103 002', '',
        'Kulturnämndens förslag till beslut', '- Anmälan noteras.', '',
        '23 Månadsrapport september', '', 'Diarienummer 2024/KN 0150 10',
      ),
    );
    expect(doc.meeting?.paragraphs ?? null).toBeNull();
    expect(doc.warnings.map((w) => w.code)).not.toContain('paragraph-range-mismatch');
    expect(doc.meeting?.date).toBe('2024-10-08');
  });
});
