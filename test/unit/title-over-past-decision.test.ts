// A point's title over an unstopped line that tells what the board did in the past of a deciding
// verb (`4. Föregående protokoll` / `  Styrelsen godkände föregående protokoll`): the line is the body,
// not the rest of the title, and decides. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('a past decision under a title', () => {
  it('is the body, not the title', () => {
    const doc = meetingDoc(
      text(
        'Protokoll styrelsemöte 2023-03-20',
        '',
        ' 1. Mötets öppnande',
        '  Ordföranden öppnade mötet',
        ' 2. Föregående mötesprotokoll',
        '  Styrelsen godkände föregående protokoll',
        ' 3. Medlemsavgift',
        '  Styrelsen fastställde avgiften till 200 kronor',
        ' 4. Övriga frågor',
        '  Inga övriga frågor',
      ),
    );
    expect(item(doc, 2).title).toBe('Föregående mötesprotokoll');
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Styrelsen godkände föregående protokoll']);
    expect(item(doc, 3).title).toBe('Medlemsavgift');
  });

  it('a role or the board doing something in the present, unstopped, is the body too', () => {
    const doc = meetingDoc(
      text(
        'Styrelsemöte 12 maj 2022',
        '',
        '§ 40. Mötets öppnande',
        'Ordföranden öppnar mötet 18.00',
        '',
        '§ 41. Ekonomi',
        'Förbundschefen redovisar kassan 2022-05-01',
        '',
        '§ 42. Avslutning',
        'Ordförande avslutar mötet 2022-05-12 klockan 19.30',
      ),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Ekonomi', 'Avslutning']);
  });
});
