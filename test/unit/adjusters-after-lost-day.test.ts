// A transcript that drops the day and month of a Finnish date as it drops hours (`Viksund 16.3.2023` →
// `Viksund.2023`) leaves the year glued to the place by its stop; the adjusters' names run on after it are
// still the adjusters' (`Protokolljustering Viksund.2023 Carita Lind Dan Sjöberg`), and no day is read from
// the year alone. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_HEAD, VIKSUND_ITEMS } from './helpers.js';

const minutes = (adjusting: string) =>
  meetingDoc(text(...VIKSUND_HEAD, 'Ordförande         Anna Holm', 'Sekreterare        Ida Wik', adjusting, 'Protokollet framlagt till påseende Viksund den', '', ...VIKSUND_ITEMS));

describe('adjusters run on after a place whose day the transcript lost', () => {
  it('names after `Viksund.2023` adjust, both of them', () => {
    const doc = minutes('Protokolljustering Viksund.2023 Carita Lind Dan Sjöberg');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
    expect(doc.signatures?.adjustedOn).toBeNull();
    expect(doc.signatures?.chair).toEqual(['Anna Holm']);
  });

  it('one name after it adjusts too', () => {
    const doc = minutes('Protokolljustering Viksund.2023 Carita Lind');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind']);
  });
});
