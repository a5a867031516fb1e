// Minutes whose paragraphs the text does not head (an excerpt cut off after its contents
// page, or a template that prints the § number only in the page footer): the contents
// list names the items, each with its number and title, as a notice's list does. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a contents list in minutes whose paragraphs have no heading of their own', () => {
  it('gives one item an entry, without dot leaders or page numbers', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Tekniska nämnden 2026-02-10',
        '',
        'INNEHÅLLSFÖRTECKNING TN, 2026-02-10 18:00, Protokoll',
        '',
        '§ 21 Sammanträdets laglighet ... 2',
        '',
        '§ 22 Protokollets justering ... 3',
        '',
        '§ 23 Arrendeavtal för hamnplanen i Norrvik ... 4',
        '',
        '§ 24 Taxa för slamtömning 2027 ... 6',
        '',
        '(2)',
        '',
        'Sammanträdets laglighet',
        'Sammanträdet konstaterades vara lagligen sammankallat.',
        '',
        '§ 21, TN 2026-02-10 18:00 Sida 2',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Sammanträdets laglighet'],
      [22, 'Protokollets justering'],
      [23, 'Arrendeavtal för hamnplanen i Norrvik'],
      [24, 'Taxa för slamtömning 2027'],
    ]);
  });

  it('takes the entries of a list flattened onto one line where the excerpt ends before the paragraphs', () => {
    const doc = meetingDoc(
      text(
        '1 Sammanträdesprotokoll 1 (14) Plats och tid Rådhuset, kl 13:00-15:30 Beslutande Anna Berg (S), ordförande Olof Lind (M) Utses att justera Olof Lind Paragrafer 41-45',
        '2 Fritidsnämnden (14) Innehållsförteckning 41 Val av justerare 42 Badhusets öppettider 43 Bidrag till föreningar 44 Anmälan av delegationsbeslut 45 Information från förvaltningen',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [41, 'Val av justerare'],
      [42, 'Badhusets öppettider'],
      [43, 'Bidrag till föreningar'],
      [44, 'Anmälan av delegationsbeslut'],
      [45, 'Information från förvaltningen'],
    ]);
  });

  it('keeps a listed title whole where the page was flattened onto one line, its colon no start of a text', () => {
    const doc = meetingDoc(
      text(
        '1(20) Plats och tid Kommunhuset, 09.00-11.00 Beslutande ledamöter Anna Berg (S) Olof Lind (M) Paragrafer 11 -- 13 Justerare Olof Lind',
        '2(20) Kommunstyrelsens arbetsutskott Ärendelista 11 Dnr KS 2026/3 Information... 3 12 Dnr KS 2025/90 Svar på medborgarförslag: Bättre belysning i kommunens ytterområden... 5 13 Dnr KS 2026/8 Ekonomisk prognos... 8',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [11, 'Information', ''],
      [12, 'Svar på medborgarförslag: Bättre belysning i kommunens ytterområden', ''],
      [13, 'Ekonomisk prognos', ''],
    ]);
  });

  it('leaves the items alone where the paragraphs that follow are headed as the list names them', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Tekniska nämnden 2026-02-10',
        '',
        'Innehållsförteckning',
        '§ 21 Val av justerare ... 2',
        '§ 22 Taxa för slamtömning ... 3',
        '§ 23 Information ... 4',
        '',
        '§ 21 Val av justerare',
        'Eva Holm utses att justera.',
        '',
        '§ 22 Taxa för slamtömning',
        'Nämnden beslutar att anta taxan.',
        '',
        '§ 23 Information',
        'Informationen läggs till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text.length > 0])).toEqual([
      [21, 'Val av justerare', true],
      [22, 'Taxa för slamtömning', true],
      [23, 'Information', true],
    ]);
  });
});
