// A numbered point whose sentence opens with a signer's label word (`1. Ordförande Eva Lund hälsade
// alla välkomna …`, as annual-meeting minutes write their first point) is one line, not a bare `1.`
// over a front page's `Ordförande` row: the point is kept, as `§ 1 Ordförande …` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { annualMeetingWith, meetingDoc } from './helpers.js';

describe('a label word right after a point`s number', () => {
  it('keeps the point and its sentence', () => {
    const doc = meetingDoc(annualMeetingWith('1. Ordförande Eva Lund hälsade alla välkomna och förklarade årsmötet öppnat.'));
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(`${doc.items[0]!.title} ${doc.items[0]!.text}`).toContain('Eva Lund hälsade alla välkomna');
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
