// Numbering styles (issue 4): each recogniser reads one line and says which item it
// opens, with its number, its sub-number or letter, and the rest of the line.
import { describe, expect, it } from 'vitest';
import { recogniseItemHeader, romanToInt, type ItemHeader } from '../../src/text/numbering.js';
import { lineOf } from './helpers.js';

const FORM: Record<ItemHeader['style'], string> = { paragraph: '§', agenda: 'agenda', punkt: 'punkt', roman: 'roman', tabbed: 'tabbed', column: 'column', spaced: 'spaced', bare: 'bare', bullet: 'bullet' };
const h = (style: ItemHeader['style'], number: number, rest: string, label: string | null = null, extra: Partial<ItemHeader> = {}): ItemHeader => ({
  style, number, label, rest, caseNumber: null, form: FORM[style], ...extra,
});

describe('recogniseItemHeader', () => {
  it.each<[string, ItemHeader]>([
    ['§ 47 Mötets öppnande', h('paragraph', 47, 'Mötets öppnande')],
    ['§23 Godkännande av dagordning', h('paragraph', 23, 'Godkännande av dagordning')],
    [' §28 Minnesanteckningar från möte med revisorerna 230421', h('paragraph', 28, 'Minnesanteckningar från möte med revisorerna 230421')],
    ['## §1. Sammanträdet öppnas', h('paragraph', 1, 'Sammanträdet öppnas')],
    ['§ 101 Budget', h('paragraph', 101, 'Budget')],
    ['§ 5\tBudget', h('paragraph', 5, 'Budget')],
    ['$ 47 Mötets öppnande', h('paragraph', 47, 'Mötets öppnande')],
    ['§ 12:1 Delårsrapport', h('paragraph', 12, 'Delårsrapport', '1')],
    ['§ 8 a Rapporter', h('paragraph', 8, 'Rapporter', 'a')],
    ['§ 8a Rapporter', h('paragraph', 8, 'Rapporter', 'a')],
    ['§8b Övrigt', h('paragraph', 8, 'Övrigt', 'b')],
    ['§ 47', h('paragraph', 47, '')],
    ['Ks 42 Dnr 2024/301', h('paragraph', 42, '', null, { caseNumber: '2024/301', form: 'Ks § lost' })],
    ['§ 47.', h('paragraph', 47, '')],
    ['5. Verksamhetsplan och budget (bilaga 2) – Beslut', h('agenda', 5, 'Verksamhetsplan och budget (bilaga 2) – Beslut')],
    ['10. Övriga frågor', h('agenda', 10, 'Övriga frågor')],
    ['5) Budget', h('agenda', 5, 'Budget')],
    ['3.\tBudget', h('agenda', 3, 'Budget')],
    ['Punkt 3. Budget', h('punkt', 3, 'Budget')],
    ['Punkt 3: Budget', h('punkt', 3, 'Budget')],
    ['PUNKT 3 Budget', h('punkt', 3, 'Budget')],
    ['Punkt 3', h('punkt', 3, '')],
    ['I. Mötets öppnande', h('roman', 1, 'Mötets öppnande')],
    ['II. Val av justerare', h('roman', 2, 'Val av justerare')],
    ['III. Budget', h('roman', 3, 'Budget')],
    ['IV. Övrigt', h('roman', 4, 'Övrigt')],
    ['IX. Mötets avslutande', h('roman', 9, 'Mötets avslutande')],
    ['1\tMötet öppnas Styrelsens ordförande hälsar välkommen.', h('tabbed', 1, 'Mötet öppnas Styrelsens ordförande hälsar välkommen.')],
    ['1', h('bare', 1, '')],
    // the organ's abbreviation before the sign, the number before it, a case number beside it
    ['KS § 12 Budget 2024', h('paragraph', 12, 'Budget 2024', null, { form: 'KS §' })],
    ['AU §73 Yttrande över remiss', h('paragraph', 73, 'Yttrande över remiss', null, { form: 'AU §' })],
    ['KSAU § 5', h('paragraph', 5, '', null, { form: 'KSAU §' })],
    ['Ks § 3 Ekonomi', h('paragraph', 3, 'Ekonomi', null, { form: 'Ks §' })],
    ['12 § Val av protokolljusterare', h('paragraph', 12, 'Val av protokolljusterare', null, { form: '§ after' })],
    ['16 §', h('paragraph', 16, '', null, { form: '§ after' })],
    ['§ 12 Dnr KS 2019/123', h('paragraph', 12, '', null, { caseNumber: 'KS 2019/123' })],
    ['§ 12 Dnr KS 2019/123 Budget 2020', h('paragraph', 12, 'Budget 2020', null, { caseNumber: 'KS 2019/123' })],
    ['KS § 1                                          DNR:KU/2007.9', h('paragraph', 1, '', null, { caseNumber: 'KU/2007.9', form: 'KS §' })],
    ['KS § 3 b                                       DNR: KF/2006.366', h('paragraph', 3, '', 'b', { caseNumber: 'KF/2006.366', form: 'KS §' })],
    ['§ 434 Ärendenummer SLK-2025-01001', h('paragraph', 434, '', null, { caseNumber: 'SLK-2025-01001' })],
    ['§ 1                        Dnr KS-2024-00011', h('paragraph', 1, '', null, { caseNumber: 'KS-2024-00011' })],
    ['§ 5   Delårsrapport 2024          Dnr 2024/17', h('paragraph', 5, 'Delårsrapport 2024', null, { caseNumber: '2024/17' })],
    ['§ 6   Budget 2025     KS 2024/233', h('paragraph', 6, 'Budget 2025', null, { caseNumber: 'KS 2024/233' })],
    ['Ärende 5: Budget', h('punkt', 5, 'Budget')],
  ])('%j', (input, expected) => {
    expect(recogniseItemHeader(lineOf(input))).toEqual(expected);
  });

  it.each([
    '7.1. Effektmål', // a chapter of a plan, not an agenda point
    '2021. Budget', // a year
    '$ 47', // an OCR `$` alone is no item
    '3 Budget', // a number and a word: a table cell or a page header
    'a) Budget', // a sub-item letter alone
    'I Budget', // no dot after the numeral
    'Vi. tar upp',
    'Dnr 2023/15',
    'Beslut: Styrelsen beslutar att fastställa budgeten.',
    '• punkt',
    '12 § kommunallagen gäller också', // a citation wrapped onto a line of its own
    '§§ 1-8', // a declared range
    'Se § 12 nedan', // a reference in running text
  ])('%j opens no item', (input) => {
    expect(recogniseItemHeader(lineOf(input))).toBeNull();
  });

  it('can be restricted to some styles', () => {
    expect(recogniseItemHeader(lineOf('5. Budget'), new Set(['paragraph']))).toBeNull();
    expect(recogniseItemHeader(lineOf('§ 5 Budget'), new Set(['paragraph']))).toEqual(h('paragraph', 5, 'Budget'));
  });
});

describe('romanToInt', () => {
  it.each<[string, number]>([
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['V', 5],
    ['VI', 6],
    ['IX', 9],
    ['X', 10],
    ['XIV', 14],
    ['XIX', 19],
    ['XXIII', 23],
  ])('%s = %i', (roman, n) => {
    expect(romanToInt(roman)).toBe(n);
  });
});
