// Minutes whose only items are a contents list that lost the § numbers (the §§ themselves not on the page): the
// entries are the §§ of the front page's range in order, or count on from the one number the list kept. A list whose
// count differs from the range is left unnumbered, and a list over §§ that are there adds nothing. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const itemsOf = (t: string) => parseText(t).documents.flatMap((d) => d.items.map((i) => [i.number, i.title]));
const TITLES = ['Val av justerare', 'Ekonomisk uppföljning april', 'Riktlinjer för bistånd', 'Delegationsbeslut', 'Meddelanden'];
const expected = (from: number) => TITLES.map((t, k) => [from + k, t]);

describe('a contents list that lost its numbers', () => {
  it('numbers a dotted list from the front page\'s range', () => {
    const t = text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2031-05-12', 'Paragrafer 155-159', '', 'Innehållsförteckning', ...TITLES.map((x, k) => `${x} ${'.'.repeat(30 - x.length)} ${3 + k}`));
    expect(itemsOf(t)).toEqual(expected(155));
  });
  it('numbers a list whose range is written with signs, as another board writes it', () => {
    const t = text('Protokoll för Kulturnämnden', 'Datum: 2031-09-01', 'Paragrafer: §§ 40-44', '', 'Innehåll', ...TITLES.map((x, k) => `${x}      ${2 + k}`));
    expect(itemsOf(t)).toEqual(expected(40));
  });
  it('numbers a list flattened onto one line, its titles closed by their leaders', () => {
    const t = text(
      '1 Protokoll Socialnämnden Sammanträdesdatum 2031-05-12 Paragrafer 155-159 Plats och tid Stadshuset',
      '',
      `2 Innehållsförteckning ${TITLES.map((x, k) => `${x}... ${3 + k}`).join(' ')}`,
    );
    expect(itemsOf(t)).toEqual(expected(155));
  });
  it('reads no page number of such a line as a § number', () => {
    const t = text('1 Protokoll Socialnämnden Sammanträdesdatum 2031-05-12 Plats och tid Stadshuset', '', `2 Innehållsförteckning ${TITLES.map((x, k) => `${x}... ${3 + k}`).join(' ')}`);
    expect(itemsOf(t).map(([n]) => n)).not.toContain(3);
  });
  it('counts on from the first entry\'s number where only it survived', () => {
    const t = text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2031-05-12', '', 'Innehållsförteckning', `§ 155 ${TITLES[0]} 3`, ...TITLES.slice(1).map((x, k) => `${x} ${4 + k}`));
    expect(itemsOf(t)).toEqual(expected(155));
  });
  it('leaves a list whose count differs from the range unnumbered', () => {
    const t = text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2031-05-12', 'Paragrafer 155-161', '', 'Innehållsförteckning', ...TITLES.map((x, k) => `${x} ${'.'.repeat(30 - x.length)} ${3 + k}`));
    expect(itemsOf(t)).toEqual([]);
  });
  it('adds no second set where the §§ are there', () => {
    const t = text(
      'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2031-05-12', 'Paragrafer 155-156', '',
      'Innehållsförteckning', `${TITLES[0]} ......... 2`, `${TITLES[1]} ......... 2`, '',
      `§ 155 ${TITLES[0]}`, 'Till justerare utses Eva Lund.', '', `§ 156 ${TITLES[1]}`, 'Nämnden godkänner uppföljningen.',
    );
    expect(itemsOf(t)).toEqual(expected(155).slice(0, 2));
  });
});
