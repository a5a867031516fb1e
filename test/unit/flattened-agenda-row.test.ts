// An agenda table (`Ärende | Dnr | Föredragande`) that an extractor flattened with single
// spaces: `2. Budget 2025 SN 2024/12 Eva Dahl`. The case number's column (an organ's letters
// and a year) stands between the title and the presenter's, so the row can be read by it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { caseNumberInRow } from '../../src/text/case-number.js';
import { splitCaseRow } from '../../src/parse/items/title.js';
import { meetingDoc, text } from './helpers.js';

describe('a flattened agenda row', () => {
  it('reads the title, case number and presenter of each row', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Omsorgsnämnden', '', 'Tid: onsdagen den 6 mars 2024 kl. 14.00', 'Plats: Rådhuset, sal Tallen', '',
        'Ärende Dnr Föredragande',
        '1. Val av justerare',
        '2. Budget 2025 ON 2024/31 Karin Ström',
        '3. Riktlinjer för färdtjänst ON 2023/112 Olle Sand',
        '4. Delegationsbeslut ON 2024/7',
        '5. Taxor och avgifter ON-2024-00019 Beslut',
        '', 'Berit Lund', 'ordförande',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Val av justerare', null, null],
      [2, 'Budget 2025', 'ON 2024/31', 'Karin Ström'],
      [3, 'Riktlinjer för färdtjänst', 'ON 2023/112', 'Olle Sand'],
      [4, 'Delegationsbeslut', 'ON 2024/7', null],
      [5, 'Taxor och avgifter', 'ON-2024-00019', null],
    ]);
    expect(doc.items[4]!.type).toBe('decision');
  });

  it('leaves a year range, and a case number inside a sentence, in the title', () => {
    expect(caseNumberInRow('Budget 2024/2025')).toBeNull();
    expect(splitCaseRow('Yttrande över KS 2023/45 om att bygga en bro')).toBeNull();
    expect(splitCaseRow('Budget 2025 SN 2024/12 Eva Dahl')).toMatchObject({ title: 'Budget 2025', caseNumber: 'SN 2024/12', presenter: 'Eva Dahl' });
  });
});
