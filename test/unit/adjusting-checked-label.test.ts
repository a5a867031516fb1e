// `Protokollet granskat` (Swedish-language Finnish minutes: the minutes checked, i.e. adjusted) labels
// the adjustment's place and day as `Protokollet justerat` does, on one line or its two words over
// two lines; the word above is nobody's surname. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...adjusted: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2023-05-10', 'Plats och tid Stadshuset, kl. 13.00-15.00',
      'Beslutande Tove Lind, ordförande', 'Per Holm', ...adjusted, '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
    ),
  );

describe('`Protokollet granskat`', () => {
  it.each([
    [['Protokollet granskat   Ekby 12.5.2023']],
    [['Protokollet', 'granskat   Ekby 12.5.2023']],
    [['Protokollet har granskats   Ekby 12.5.2023']],
  ])('labels the adjustment: %j', (adjusted) => {
    const doc = minutes(...adjusted);
    expect(doc.signatures?.adjustedOn).toBe('2023-05-12');
    expect(doc.participants.map((p) => p.name)).toEqual(['Tove Lind', 'Per Holm']);
  });
});
