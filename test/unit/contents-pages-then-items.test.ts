// A transcript that prints each page's number on a line of its own (`(2)`), whose contents page
// lists the first §§ with their titles and the rest as bare numbers beside a column of titles,
// and whose next page opens with the same first §§ written out: the §§ on the next page are the
// items, not a running header that the contents page repeats. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a contents page whose first entries open the next page too', () => {
  it('leaves the written-out §§ their headings, and no second set of items', () => {
    const doc = meetingDoc(
      text(
        'Plats och tid: Konferensrum Ekan, Kommunhuset Myrby 2024-12-13 kl. 09.00-12.00',
        '',
        'Beslutande: Lisa Ek, ordförande',
        'Olle Strand',
        '',
        'Underskrifter: Paragrafer 41-46',
        '',
        '(2)',
        '',
        '§ 41 Mötets öppnande',
        '',
        '§ 42 Godkännande av dagordningen',
        '',
        '§ 43 Val av protokollsjusterare',
        '',
        'Beslutsärende',
        '',
        '§ 44',
        '',
        '§ 45',
        '',
        '§ 46',
        '',
        'Ekonomisk rapport för perioden. Informationsärende 3',
        '',
        'Ansökan om medel till insatsen Vägen vidare. Beslutsärende 4',
        '',
        'Övriga frågor 5',
        '',
        '(3)',
        '',
        '§ 41 Mötets öppnande',
        '',
        'Ordföranden öppnade mötet.',
        '',
        '§ 42 Godkännande av dagordningen',
        '',
        'Dagordningen godkändes.',
        '',
        '§ 43 Val av protokollsjusterare',
        '',
        'Olle Strand valdes att justera.',
        '',
        '§ 44 Ekonomisk rapport för perioden',
        '',
        'Förbundschefen redovisade.',
        '',
        '§ 45 Ansökan om medel till insatsen Vägen vidare',
        '',
        'Styrelsen beslutar att bevilja ansökan.',
        '',
        '§ 46 Övriga frågor',
        '',
        'Inga övriga frågor.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [41, 'Mötets öppnande', 'Ordföranden öppnade mötet.'],
      [42, 'Godkännande av dagordningen', 'Dagordningen godkändes.'],
      [43, 'Val av protokollsjusterare', 'Olle Strand valdes att justera.'],
      [44, 'Ekonomisk rapport för perioden', 'Förbundschefen redovisade.'],
      [45, 'Ansökan om medel till insatsen Vägen vidare', 'Styrelsen beslutar att bevilja ansökan.'],
      [46, 'Övriga frågor', 'Inga övriga frågor.'],
    ]);
  });
});
