// A case number without its label before the title (`KS 2024/118 Budget 2025`), or after it
// behind a dash (`Delårsrapport – KS 2024/120`, `Budget 2025 – Dnr KS 2024/118`): the
// number is the item's case number, the title is the rest. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '');

describe('a case number before the title or after a dash', () => {
  it('in minutes` § headings and the line under a lone §', () => {
    const doc = meetingDoc(
      FRONT +
        text(
          '§ 15 KS 2024/118 Budget 2025',
          'Kommunstyrelsen beslutar att godkänna budgeten.',
          '',
          '§ 16 Delårsrapport – KS 2024/120',
          'Kommunstyrelsen beslutar att godkänna rapporten.',
          '',
          '§ 17 Taxor 2025 – Dnr KS 2024/119',
          'Kommunstyrelsen beslutar att godkänna taxorna.',
          '',
          '§ 18',
          'KS-2024-00121 Lokalförsörjningsplan',
          'Kommunstyrelsen beslutar att godkänna planen.',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [15, 'Budget 2025', 'KS 2024/118'],
      [16, 'Delårsrapport', 'KS 2024/120'],
      [17, 'Taxor 2025', 'KS 2024/119'],
      [18, 'Lokalförsörjningsplan', 'KS-2024-00121'],
    ]);
  });

  it('in an agenda`s points', () => {
    const doc = meetingDoc(text('KALLELSE', 'Kommunstyrelsen', 'Tid: 2024-03-12 kl. 09.00', '', '1. Val av justerare', '2. KS 2024/118 Budget 2025', '3. Delårsrapport – KS 2024/120'));
    expect(doc.items.map((i) => [i.title, i.caseNumber])).toEqual([
      ['Val av justerare', null],
      ['Budget 2025', 'KS 2024/118'],
      ['Delårsrapport', 'KS 2024/120'],
    ]);
  });
});

// (some registers write the organ's letters, the year and the number with full stops: `KS.2024.0118`)
describe('a case number written with full stops before the title', () => {
  it('is the case number, not the title', () => {
    const doc = meetingDoc(FRONT + text('§ 21 KS.2024.0118 Budget 2025', 'Kommunstyrelsen beslutar att godkänna budgeten.', '', '§ 22 Taxa 2025.1 för bygglov', 'Kommunstyrelsen beslutar att godkänna taxan.'));
    expect(doc.items.map((i) => [i.title, i.caseNumber])).toEqual([
      ['Budget 2025', 'KS.2024.0118'],
      ['Taxa 2025.1 för bygglov', null],
    ]);
  });
});
