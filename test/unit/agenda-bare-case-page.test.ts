// An agenda table (`Ärenden  Dnr  Sida`) flattened with single spaces leaves a bare case number
// (year and number, no organ's letters; the number maybe lost: `2023/`) and the page or the
// register's letters at the end of a row's title (`4 Frågor 2023/6 7`). A school or financial
// year (`2023/2024`, `2023/24`) is the title's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, item, text } from './helpers.js';

const notice = (...rows: string[]) =>
  meetingDoc(text('KALLELSE', 'Kommunfullmäktige', '', 'Tid: Måndagen den 13 mars 2023 kl. 18.30', 'Plats: Folkets hus', '', 'Ärenden', '', ...rows));

describe('a bare case number and page at the end of a flattened agenda row', () => {
  it('are no part of the title', () => {
    const doc = notice('1 Val av justerare', '2 Frågor 2023/6 7', '3 Försäljning av mark vid Åsen 2022/487 KSK', '4 Läsårstider 2023/2024', '5 Budget 2023/24', '6 Övriga frågor');
    expect(item(doc, 2)).toMatchObject({ title: 'Frågor', caseNumber: '2023/6' });
    expect(item(doc, 3)).toMatchObject({ title: 'Försäljning av mark vid Åsen', caseNumber: '2022/487' });
    expect(item(doc, 4).title).toBe('Läsårstider 2023/2024');
    expect(item(doc, 5).title).toBe('Budget 2023/24');
  });
});
