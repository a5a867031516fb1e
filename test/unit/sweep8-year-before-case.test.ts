// Sweep 8: a web transcript that put each page of a committee's minutes on one line, its §
// headings run on with their case numbers and bodies (`§ 14 Internkontrollplan 2020 Dnr 45/20
// Förvaltningen har …`). The year that ends the title was taken for a § whose sign was lost
// (a number before `Dnr`), which cut the title short and lost the case number. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TEXT = [
  '1 Tekniska nämnden (3) Plats och tid Stadshuset, Ljusgården, kl 13.00-15.00 Beslutande Karl Ström (S), ordförande Anna Rask (M) Olle Pihl (C) Utses att justera Anna Rask (M) Justeringens plats och tid Stadshuset den 20 maj 2020 Paragrafer 14-15 Sekreterare Ordförande Justerande Berit Ling Karl Ström (S) Anna Rask (M)',
  '',
  '2 Tekniska nämnden (3) § 14 Internkontrollplan 2020 Dnr 45/20 Förvaltningen har tagit fram ett förslag till internkontrollplan. Tekniska nämnden beslutar att anta internkontrollplanen för 2020.',
  '',
  '3 Tekniska nämnden (3) § 15 Budget 2021 Dnr 50/20 Förvaltningen redovisar arbetet med budget för kommande år. Tekniska nämnden beslutar att lägga informationen till handlingarna.',
].join('\n');

describe('a title ending in a year before the case number, on a flattened page', () => {
  it('keeps the year in the title and reads the case number', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [14, 'Internkontrollplan 2020', '45/20'],
      [15, 'Budget 2021', '50/20'],
    ]);
    expect(doc.items[0]!.text.startsWith('Förvaltningen har tagit fram')).toBe(true);
  });
});
