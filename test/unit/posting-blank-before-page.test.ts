// Åland minutes whose front page a web archive flattened onto one line per page: the signing grid's labels
// (`Protokolljustering Möteskallelsen är kungjord Protokollet framlagt till påseende Intygar …`) and then their values,
// the posting's day left blank (`Viksund den`). The next page opens with the agenda's heading and the meeting's day
// (`MÖTESLISTA Nr 5/21 Tid Plats onsdag den 12 maj 2021`): another page's, not the day the minutes were posted. So
// for the adjusting's day left blank (`Underskrifter Viksund den Protokolljustering Anna Holm Ordförande …`). Every
// name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const FRONT =
  '1 VIKSUNDS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 5/21 Tid Plats Närvarande onsdag den 12 maj 2021 kl 17:00-19:30 Kommungården Ledamöter: Holm Anna, ordf. Lind Carita, I viceordf Sjöberg Dan Berg Maria Övriga närvarande Wik Ida, kommundirektör Ärenden Underskrifter Viksund den 12 maj 2021 Anna Holm, ordförande Ida Wik, sekr Protokolljustering Möteskallelsen är kungjord Protokollet framlagt till påseende Intygar Utdragets riktighet bestyrkes Underskrift Carita Lind Protokolljusterare Viksund den den 7 maj 2021 POSTED Eva Ström, kanslist Dan Sjöberg Protokolljusterare';
const NEXT = '2 VIKSUNDS KOMMUN KOMMUNSTYRELSEN MÖTESLISTA Nr 5/21 Tid Plats onsdag den 12 maj 2021 kl 17:00 Kommungården Ärenden: 61 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 62 PROTOKOLLETS JUSTERING 63 FÖREDRAGNINGSLISTAN';

const signatures = (posted: string) => meetingDoc([FRONT.replace('POSTED', posted), NEXT].join('\n')).signatures;

describe('a blank posting day before the next page', () => {
  it('takes no date from the heading of the page after it', () => {
    const s = signatures('Viksund den');
    expect(s?.posted ?? null).toBeNull();
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('nor does the adjusting\'s day left blank', () => {
    // (the page after it, `FÖREDRAGNINGSLISTA Nr 5` over its own header and points, is a notice of its own: round 50)
    const s = parseText(
      [
        '1 VIKSUNDS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 5 Tid Onsdagen den 12 maj 2021 kl Plats Närvarande Kommungården i Viksund Ledamöter: Holm Anna, ordf. Lind Carita, viceordf Sjöberg Dan Ersättare: Berg Maria Övriga närvarande Wik Ida, kommundirektör Ärenden Underskrifter Viksund den Protokolljustering Anna Holm Ordförande Ida Wik Sekreterare Carita Lind Protokolljusterare',
        '',
        '2 VIKSUNDS KOMMUN KOMMUNSTYRELSEN FÖREDRAGNINGSLISTA Nr 5 Tid Onsdagen den 12 maj 2021 kl Plats Kommungården i Viksund Ärenden: 61 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET PROTOKOLLJUSTERARE FÖREDRAGNINGSLISTAN',
      ].join('\n'),
    ).documents.find((d) => d.kind === 'minutes')!.signatures;
    expect(s?.adjustedOn).toBeNull();
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind']]);
  });
});
