// A table of contents whose transcript lost the page numbers of some entries: the entries
// between two that kept theirs, their numbers counting on, are contents too, never items.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const BODY = text(
  '§ 21 Val av justerare',
  'Nämndens beslut',
  'Lisa Berg utses att justera protokollet.',
  '',
  '§ 22 Bidrag till föreningar',
  'Nämndens beslut',
  'Bidragen fördelas enligt förslaget.',
  '',
  '§ 23 Öppettider för biblioteket',
  'Nämndens beslut',
  'Öppettiderna fastställs.',
  '',
  '§ 24 Information från förvaltningen',
  'Nämndens beslut',
  'Informationen noteras.',
);

describe('contents entries that lost their page numbers', () => {
  it('two entries without pages between entries with pages', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kultur- och fritidsnämnden', 'Sammanträdesdatum 2025-04-08', '', 'Innehåll', '§ 21 Val av justerare... 2', '§ 22 Bidrag till föreningar', '§ 23 Öppettider för biblioteket', '§ 24 Information från förvaltningen... 5', '') + BODY,
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [21, 'Val av justerare', ['Lisa Berg utses att justera protokollet.']],
      [22, 'Bidrag till föreningar', ['Bidragen fördelas enligt förslaget.']],
      [23, 'Öppettider för biblioteket', ['Öppettiderna fastställs.']],
      [24, 'Information från förvaltningen', ['Informationen noteras.']],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('paragraph-order');
  });

  it('an organ`s letters before each number, the page flattened onto one line', () => {
    const doc = meetingDoc(
      text(
        '1 PROTOKOLL 1(9) Plats och tid Kulturhuset, kl 18:00-20:00 Beslutande Per Lind (S), ordförande Åsa Holm (M) Utses att justera Åsa Holm Paragrafer 21-24',
        '',
        '2 PROTOKOLL 2(9) Innehåll KFN 21 Val av justerare... 3 KFN 22 Bidrag till föreningar KFN 23 Öppettider för biblioteket KFN 24 Information från förvaltningen... 6',
        '',
        '3 PROTOKOLL 3(9) KFN 21 Val av justerare Nämndens beslut Åsa Holm utses att justera protokollet.',
        '',
        '4 PROTOKOLL 4(9) KFN 22 Bidrag till föreningar Nämndens beslut Bidragen fördelas enligt förslaget.',
        '',
        '5 PROTOKOLL 5(9) KFN 23 Öppettider för biblioteket Nämndens beslut Öppettiderna fastställs.',
        '',
        '6 PROTOKOLL 6(9) KFN 24 Information från förvaltningen Nämndens beslut Informationen noteras.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Val av justerare'],
      [22, 'Bidrag till föreningar'],
      [23, 'Öppettider för biblioteket'],
      [24, 'Information från förvaltningen'],
    ]);
  });
});
