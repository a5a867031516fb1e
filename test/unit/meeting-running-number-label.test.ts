// The protocol's number under its own label (`Löpnummer: 9`), among the header's labels or in a
// block of labels over their values (`Datum: Plats: Löpnummer:` / `14 augusti 2014 Kansliet … 9`):
// the meeting's number, and no part of the place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (header: string): string => `Protokoll

${header}

Närvarande: Ida Ekholm, ordförande, Per Åslund, Lisa Holmberg

§ 1 Mötets öppnande
Ida Ekholm förklarar mötet öppnat.
`;

describe('the number under its own label', () => {
  it('reads `Löpnummer: 9` under the date and the place', () => {
    const doc = meetingDoc(minutes('Datum:      14 augusti 2014\nPlats:      Förbundets kansli, Norrby\nLöpnummer:  9'));
    expect(doc.meeting).toMatchObject({ date: '2014-08-14', location: 'Förbundets kansli, Norrby', number: '9' });
  });

  it('reads `Protokollnummer 2014:3` beside the date', () => {
    const doc = meetingDoc(minutes('Datum   14 augusti 2014        Protokollnummer   2014:3\nPlats   Förbundets kansli, Norrby'));
    expect(doc.meeting).toMatchObject({ date: '2014-08-14', location: 'Förbundets kansli, Norrby', number: '2014:3' });
  });
});
