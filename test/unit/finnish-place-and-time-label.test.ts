// Swedish-language Finnish minutes label the place and the time together with a hyphen
// (`Mötesplats och -tid   Kommunhuset, 14.5.2019 kl. 17.00–19.40`): one label, whose value is
// the place and the hours. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('place and time labelled with a hyphen', () => {
  it('reads the place, the date and the hours', () => {
    const doc = meetingDoc(
      text(
        'MÖTESPROTOKOLL 3/2019', 'Kommunstyrelsen', 'Mötesplats och -tid: Kommunhuset, 14.5.2019 kl. 17.00–19.40', '',
        'Närvarande medlemmar', 'Ahlskog Mona, ordförande', 'Kuusela Jari, medlem', '',
        '§ 42 Mötets konstituering', 'Mötet konstaterades lagligt sammankallat och beslutfört.',
      ),
    );
    expect(doc.meeting).toMatchObject({ location: 'Kommunhuset', date: '2019-05-14', startTime: '17:00', endTime: '19:40' });
  });

  it('reads the time written first', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL 5/2021', 'Byggnadsnämnden', 'Sammanträdestid och -plats   8.6.2021 kl. 18.00, Kommungården, Nykarleby', '',
        'Närvarande', 'Dahl Inger, ordförande', '',
        '§ 50 Mötets laglighet', 'Mötet konstaterades lagligt sammankallat.',
      ),
    );
    expect(doc.meeting).toMatchObject({ location: 'Kommungården, Nykarleby', date: '2021-06-08', startTime: '18:00' });
  });
});
