// Tables of contents (issue 11): a contents list with page numbers — dot leaders, a column
// gap, a single space — is read to confirm titles, never as a second set of items, and does
// not end the header early. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText, text } from './helpers.js';

const HEAD = text(
  'PROTOKOLL',
  'Socialnämnden, Ekby kommun',
  'Sammanträdesdatum 2023-06-14',
  'Plats och tid Socialkontoret, Ekby kl 13.00-15.00',
  'Beslutande',
  'Anna Lind (S), ordförande',
  'Karl Berg (M)',
  '',
);
const ITEMS = text(
  '',
  '§ 21 Val av justerare',
  'Karl Berg väljs att justera protokollet.',
  '',
  '§ 22 Budgetuppföljning maj',
  'Nämnden godkänner uppföljningen.',
  '',
  '§ 23 Riktlinjer för försörjningsstöd',
  'Nämnden antar riktlinjerna.',
);
const EXPECTED: [number | null, string][] = [
  [21, 'Val av justerare'],
  [22, 'Budgetuppföljning maj'],
  [23, 'Riktlinjer för försörjningsstöd'],
];

describe('tables of contents', () => {
  it.each<[string, string[]]>([
    [
      'dot leaders',
      [
        'Innehållsförteckning',
        '§ 21 Val av justerare .................................. 2',
        '§ 22 Budgetuppföljning maj ............................. 3',
        '§ 23 Riktlinjer för försörjningsstöd ................... 4',
      ],
    ],
    ['column gaps', ['Ärenden                                             Sida', '§ 21   Val av justerare                             2', '§ 22   Budgetuppföljning maj                        3', '§ 23   Riktlinjer för försörjningsstöd              4']],
    ['a single space before the page (tight)', ['Innehåll', '§ 21 Val av justerare 2', '§ 22 Budgetuppföljning maj 3', '§ 23 Riktlinjer för försörjningsstöd 4']],
  ])('a contents list with %s is not read as items', (_form, contents) => {
    const doc = meetingDoc(HEAD + text(...contents) + ITEMS);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(EXPECTED);
    // each § keeps its own body, and no title carries a page number
    expect(doc.items.map((i) => i.text)).toEqual(['Karl Berg väljs att justera protokollet.', 'Nämnden godkänner uppföljningen.', 'Nämnden antar riktlinjerna.']);
    expect(doc.items.map((i) => i.decisions.length)).toEqual([1, 1, 1]);
  });

  // the contents list stands between the letterhead and `Plats och tid`: its entries are no items,
  // so the header after it opens no second document
  it('a contents list does not end the header early: participants after it are still read', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Socialnämnden, Ekby kommun',
        'Sammanträdesdatum 2023-06-14',
        '',
        'Innehållsförteckning',
        '§ 21 Val av justerare .................................. 2',
        '§ 22 Budgetuppföljning maj ............................. 3',
        '§ 23 Riktlinjer för försörjningsstöd ................... 4',
        '',
        'Plats och tid Socialkontoret, Ekby kl 13.00-15.00',
        'Beslutande',
        'Anna Lind (S), ordförande',
        'Karl Berg (M)',
      ) + ITEMS,
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(EXPECTED);
    expect(doc.meeting).toMatchObject({ date: '2023-06-14', startTime: '13:00', location: 'Socialkontoret, Ekby' });
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Anna Lind', 'member'],
      ['Karl Berg', 'member'],
    ]);
  });

  // `Paragraf Ärende Sida` flattened column by column: the § numbers, then the titles
  it('a contents list of §-numbers first and titles after them gives no items of its own', () => {
    const doc = meetingDoc(HEAD + text('Paragraf Ärende Sida', '§ 21', '§ 22', '§ 23', 'Val av justerare', 'Budgetuppföljning maj', 'Riktlinjer för försörjningsstöd') + ITEMS);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(EXPECTED);
  });

  it('a contents list of §-numbers, titles and page numbers, column after column, gives no items of its own', () => {
    const doc = meetingDoc(HEAD + text('Paragraf Ärende Sida', '§ 21', '§ 22', '§ 23', 'Val av justerare', 'Budgetuppföljning maj', 'Riktlinjer för försörjningsstöd', '2', '3', '4') + ITEMS);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(EXPECTED);
    expect(doc.warnings.map((w) => w.code)).toEqual([]);
  });

  // no heading and no page numbers: the §§ listed (some bare, their titles after them,
  // a group heading among them), then the same §§ with their bodies
  it.each<[string, string[]]>([
    ['titled §§', ['§ 21 Val av justerare', '§ 22 Budgetuppföljning maj', '§ 23 Riktlinjer för försörjningsstöd']],
    ['§§ partly bare, their titles after them', ['§ 21 Val av justerare', 'Beslutsärenden', '§ 22', '§ 23', 'Budgetuppföljning maj. Beslutsärende', 'Riktlinjer för försörjningsstöd']],
    ['§§ a page apart, two bare, the next page marked `(2)`', ['§ 21 Val av justerare', '', '§ 22', '', '§ 23', '', 'Budgetuppföljning maj', '', 'Riktlinjer för försörjningsstöd', '', '(2)']],
  ])('a list of %s that the §§ repeat with their bodies gives no items of its own', (_form, list) => {
    const r = parseText(HEAD + text(...list, '') + ITEMS);
    expect(r.documents).toHaveLength(1);
    const doc = r.documents[0]!;
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(EXPECTED);
    expect(doc.items.map((i) => i.decisions.length)).toEqual([1, 1, 1]);
    expect(doc.warnings.map((w) => w.code)).toEqual([]);
  });

  it('§§ with bodies of their own are no list, though a later § repeats a number', () => {
    const doc = meetingDoc(HEAD + ITEMS + text('', '§ 21 Val av justerare (rättelse)', 'Protokollet från förra sammanträdet rättas i denna del efter beslut av nämnden.'));
    expect(doc.items.map((i) => i.number)).toEqual([21, 22, 23, 21]);
  });

  it('one document, with no warning of a repeated or out-of-order §', () => {
    const r = parseText(HEAD + text('Innehållsförteckning', '§ 21 Val av justerare ........ 2', '§ 22 Budgetuppföljning maj ........ 3', '§ 23 Riktlinjer för försörjningsstöd ........ 4') + ITEMS);
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]!.warnings.map((w) => w.code)).toEqual([]);
  });
});
