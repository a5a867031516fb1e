// An agenda table whose column of names is headed `Ansvarig` (`Nr   Ärende   Ansvarig`): the names are kept out
// of the title and, since SCHEMA.md's presenter is who presents the point, out of the presenter too; a column
// headed `Föredragande` (or `Ansvarig/föredragande`) still names the presenter. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('an agenda column headed Ansvarig', () => {
  it('keeps its names out of the title and the presenter', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Bygg- och miljönämnden', '', 'Tid: onsdagen den 12 mars 2025 kl. 09.00', 'Plats: Rådhuset, sal B', '',
        'Nr   Ärende                                    Dnr             Ansvarig',
        '1    Val av justerare                                          Ordförande',
        '2    Tillsynsplan 2025                         BMN 2025/8      Lena Ek',
        '3    Bygglov för fritidshus på Lövö 3:7        BMN 2024/311    Martin Sjöberg',
        '4    Ekonomisk uppföljning februari                            Karin Holm',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Val av justerare', null, null],
      [2, 'Tillsynsplan 2025', 'BMN 2025/8', null],
      [3, 'Bygglov för fritidshus på Lövö 3:7', 'BMN 2024/311', null],
      [4, 'Ekonomisk uppföljning februari', null, null],
    ]);
  });

  it('still reads a presenter where the head says the column presents (guard)', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Bygg- och miljönämnden', '', 'Tid: onsdagen den 12 mars 2025 kl. 09.00', '',
        'Nr   Ärende                                    Ansvarig/föredragande',
        '1    Tillsynsplan 2025                         Lena Ek',
        '2    Ekonomisk uppföljning februari            Karin Holm',
        '3    Delegationsbeslut                         Nils Berg',
      ),
    );
    expect(doc.items.map((i) => [i.title, i.presenter])).toEqual([
      ['Tillsynsplan 2025', 'Lena Ek'],
      ['Ekonomisk uppföljning februari', 'Karin Holm'],
      ['Delegationsbeslut', 'Nils Berg'],
    ]);
  });
});
