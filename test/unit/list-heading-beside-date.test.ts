// A list's heading with the meeting's day and hour beside it names nobody there: Åland's minutes print `Tid`,
// `Plats` and `Närvarande` in a column, and a page flattened into one line puts the day, the hour and the place
// right after `Närvarande` (`Närvarande onsdag den 12 mars 2025 kl 17:00-19:15 Vikby skola (OBS: Ändrad plats)`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the day and hour beside a list’s heading', () => {
  it('are no participant', () => {
    const doc = meetingDoc(
      text(
        'VIKSTRANDS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 4/25 Tid Plats Närvarande onsdag den 12 mars 2025 kl 17:00-19:15 Vikby skola (OBS: Ändrad plats) Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson Personliga ersättare: Eva Strand Olle Berg',
        '',
        '§ 21 Mötets öppnande',
        'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Per Lindfors', 'member'],
      ['Kajsa Holm', 'member'],
      ['Lars Mattsson', 'member'],
      ['Eva Strand', 'deputy'],
      ['Olle Berg', 'deputy'],
    ]);
  });

  it('leave a lower-case remark beside the heading alone', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Socialnämnden', 'Datum 2024-05-14', '', 'Beslutande', 'ordinarie ledamöter:', 'Per Lind (S)', 'Kajsa Holm (M)', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Per Lind', 'Kajsa Holm']);
  });
});
