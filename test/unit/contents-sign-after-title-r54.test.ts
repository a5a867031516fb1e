// Contents lists as the only item source, in two more layouts: each § written after its title (`Information § 40`,
// one a line, or run on and wrapped by a transcript), and rows that give the number and the title one space apart with
// the page after them (`145 Sammanträdets laglighet … 3`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';
import { restoreTrailingSignContents } from '../../src/normalise/trailing-sign-contents.js';

const itemsOf = (t: string) => parseText(t).documents.flatMap((d) => d.items.map((i) => [i.number, i.title]));
const TITLES = ['Sammanträdets laglighet och beslutförhet', 'Val av protokolljusterare', 'Godkännande av föredragningslistan', 'Budgetuppföljning april', 'Anmälningsärenden'];
const expected = (from: number) => TITLES.map((t, k) => [from + k, t]);
const HEAD = ['PROTOKOLL', 'Ekby kommun', 'Kommunstyrelsen 12.5.2031', ''];

describe('a contents list that writes each § after its title', () => {
  it('reads one entry a line', () => {
    expect(itemsOf(text(...HEAD, 'Innehållsförteckning', ...TITLES.map((t, k) => `${t} § ${145 + k}`)))).toEqual(expected(145));
  });
  it('reads entries run on and wrapped by a transcript', () => {
    const t = text(
      'Plats och tid Nämndrummet 16:00 - 17:30', 'Paragrafer §§ 40 - 44', '', 'Innehållsförteckning', '',
      `${TITLES[0]} § 40 ${TITLES[1]} § 41 Godkännande av`, '', 'föredragningslistan', '', '§ 42', '', `${TITLES[3]} § 43`, '', `${TITLES[4]} § 44`,
      '', '(3)', '', '§ 40/2031 Dnr 2031/0041', '', TITLES[0]!, '', 'Sammanträdet förklaras lagligt.',
    );
    expect(itemsOf(t)).toEqual(expected(40));
  });
  it('leaves a list that writes its numbers first as it stands', () => {
    const t = text('Innehållsförteckning', '§ 40 Information', '§ 41 Delegationsbeslut', '§ 42 Meddelanden', '');
    expect(restoreTrailingSignContents(t)).toBe(t);
  });
  it('leaves a list of two entries as it stands', () => {
    const t = text('Innehåll', 'Information § 40', 'Delegationsbeslut § 41', '');
    expect(restoreTrailingSignContents(t)).toBe(t);
  });
});

describe('a contents list of numbers and titles one space apart, each row ending in its page', () => {
  it('reads the rows as the items', () => {
    expect(itemsOf(text(...HEAD, 'Innehållsförteckning', ...TITLES.map((t, k) => `${145 + k} ${t} ${3 + k}`)))).toEqual(expected(145));
  });
  it('takes no number from a title wrapped onto the next row', () => {
    const t = text(
      ...HEAD, 'Innehåll', '212 Val av justerare 2', '213 Taxor för vatten och', 'avlopp 2032 2', '214 Delårsrapport för gatuenheten 3', '',
      '212 Val av justerare', 'Eva Lund utses att justera protokollet.', '213 Taxor för vatten och avlopp 2032', 'Nämnden föreslår fullmäktige att anta taxan.',
      '214 Delårsrapport för gatuenheten', 'Rapporten läggs till handlingarna.',
    );
    expect(itemsOf(t)).toContainEqual([213, 'Taxor för vatten och avlopp 2032']);
  });
});
