// A line of §§ alone (`§ 12 § 13 § 14 § 15`, `§ 12 – § 15`): the numbers of a front page's row, or of a
// column of §§ flattened onto one line, not a § whose title is the others. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const body = ['', '§ 12 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 13 Val av justerare', 'Lisa Berg valdes till justerare.', '', '§ 14 Budget', 'Styrelsen beslutar att godkänna budgeten.'];
const items = (line: string) => meetingDoc(text('PROTOKOLL', 'Samordningsförbundet Östby, styrelsen', 'Datum: 2023-05-10', '', line, ...body)).items.map((i) => [i.number, i.title]);
const expected = [[12, 'Mötets öppnande'], [13, 'Val av justerare'], [14, 'Budget']];

describe('a line of §§ alone', () => {
  it('`§ 12 § 13 § 14` heads no item', () => {
    expect(items('§ 12 § 13 § 14')).toEqual(expected);
  });

  it('`§ 12 – § 14` heads no item', () => {
    expect(items('§ 12 – § 14')).toEqual(expected);
  });

  it('a § whose title cites another § stays (guard)', () => {
    expect(items('§ 11 Rättelse av § 9')).toEqual([[11, 'Rättelse av § 9'], ...expected]);
  });
});
