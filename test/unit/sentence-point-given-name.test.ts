// A point that is one sentence opening on a person's name (`2. Karin Lund hälsade alla välkomna
// och förklarade mötet öppnat.`) is not cut after the given name into the title `Karin`: the
// sentence alone stays the point's title and decides, as other one-sentence points do. Every text is invented.
import { describe, expect, it } from 'vitest';
import { annualMeetingWith, meetingDoc } from './helpers.js';

describe('a one-sentence point that opens on a name', () => {
  it('keeps the name in the sentence', () => {
    const doc = meetingDoc(annualMeetingWith('1. Karin Lund hälsade de närvarande välkomna och förklarade årsmötet öppnat.'));
    expect(doc.items[0]!.title).not.toBe('Karin');
    expect(`${doc.items[0]!.title} ${doc.items[0]!.text}`).toContain('Karin Lund hälsade de närvarande välkomna');
  });
});
