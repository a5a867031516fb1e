// A filing code, the register plan's class of a case (`Diariekod: 609`, `Arkivkod 02.05`), on
// the line under a heading or beside it: it names where the case is filed, not which case it
// is nor what the item is about. It is neither the title nor the case number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { filingCode } from '../../src/text/filing-code.js';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (...items: string[]): string =>
  text('PROTOKOLL', 'Miljönämnden 2025-04-08', '', 'Beslutande', 'Elin Falk (S), ordförande', 'Kent Roos (M)', '', ...items);

describe('a filing code beside or under an item\'s heading', () => {
  it('is no title and no case number', () => {
    const doc = meetingDoc(
      minutesWith(
        '§ 21',
        'Diariekod: 609',
        'Tillsynsplan 2025',
        'Miljönämnden beslutar att anta tillsynsplanen.',
        '',
        '§ 22 Diariekod: 041',
        'Budgetuppföljning mars',
        'Miljönämnden beslutar att lägga uppföljningen till handlingarna.',
        '',
        '§ 23 Taxa för livsmedelskontroll Arkivkod 02.05',
        'Miljönämnden beslutar att föreslå fullmäktige att anta taxan.',
        '',
        '§ 24 Diariekod 609 Yttrande över detaljplan för Norrby',
        'Miljönämnden beslutar att avge yttrandet.',
        '',
        '§ 25 Delegationsbeslut',
        'Diariekod: 002',
        'Miljönämnden beslutar att lägga besluten till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [21, 'Tillsynsplan 2025', null],
      [22, 'Budgetuppföljning mars', null],
      [23, 'Taxa för livsmedelskontroll', null],
      [24, 'Yttrande över detaljplan för Norrby', null],
      [25, 'Delegationsbeslut', null],
    ]);
  });

  it('leaves a case number beside it alone', () => {
    const doc = meetingDoc(minutesWith('§ 21 Dnr MN 2025/14', 'Diariekod: 609', 'Tillsynsplan 2025', 'Miljönämnden beslutar att anta tillsynsplanen.'));
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([[21, 'Tillsynsplan 2025', 'MN 2025/14']]);
  });

  it('is read where its label stands, and only with a code after it', () => {
    expect(filingCode('Diariekod: 609')).toEqual({ before: '', after: '' });
    expect(filingCode('Taxa 2025 Arkivkod 02.05')).toEqual({ before: 'Taxa 2025', after: '' });
    expect(filingCode('Diariekod 00 01 02 Budget')).toEqual({ before: '', after: 'Budget' });
    expect(filingCode('Diariekod saknas')).toBeNull();
    expect(filingCode('Översyn av arkivkoder 2025')).toBeNull();
  });
});
