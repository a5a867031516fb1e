// An agenda table `Nr | Ärende | Dnr | Föredragande` flattened with single spaces leaves the case number and the
// presenter's initials or unit code at the title's end (`Budgetuppföljning augusti 2015 2015/12 EKO`, `Månadsrapport
// januari SN 2016/3 ÅL`): the case number goes to caseNumber, the code out of the title, and a code alone is no
// presenter (SCHEMA.md: a person's name, or a role where none is given); a position written short (`VD`) stays.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const rows = (head: string[], ...lines: string[]) => meetingDoc([...head, ...lines, ''].join('\n')).items.map((i) => [i.number, i.title, i.caseNumber, i.presenter]);
const KALLELSE = ['KALLELSE', 'Kommunstyrelsens arbetsutskott', 'Tid: 2015-09-14 kl. 13.00', 'Plats: Kommunhuset, Ekrummet', '', 'Nr Ärende Dnr Föredragande'];

describe('case numbers and codes left at an agenda title’s end', () => {
  it('a bare case number after a title that ends on a number of its own', () => {
    expect(rows(KALLELSE, '1 Val av justerare', '2 Budgetuppföljning augusti 2015 2015/12 EKO', '3 Detaljplan för Ekbacken 2:14 2015/88 PLN')).toEqual([
      [1, 'Val av justerare', null, null],
      [2, 'Budgetuppföljning augusti 2015', '2015/12', null],
      [3, 'Detaljplan för Ekbacken 2:14', '2015/88', null],
    ]);
  });

  it('a labelled case number and a unit code after it: no presenter', () => {
    const head = ['FÖREDRAGNINGSLISTA', 'Socialnämnden', 'Tid: 2016-02-10 kl. 09.00', 'Plats: Stadshuset', '', 'Ärende Dnr Föredragande'];
    expect(rows(head, '1. Upprop och val av justerare', '2. Månadsrapport januari SN 2016/3 ÅL', '3. Riktlinjer för bistånd SN 2015/210 IFO')).toEqual([
      [1, 'Upprop och val av justerare', null, null],
      [2, 'Månadsrapport januari', 'SN 2016/3', null],
      [3, 'Riktlinjer för bistånd', 'SN 2015/210', null],
    ]);
  });

  it('a position written short is a presenter still', () => {
    const head = ['FÖREDRAGNINGSLISTA', 'Styrelsen för Hamnbolaget', 'Tid: 2016-02-10 kl. 09.00', 'Plats: Hamnkontoret', '', 'Ärende Dnr Föredragande'];
    expect(rows(head, '1. Val av justerare', '2. Bolagets ägardirektiv HB 2016/5 VD')[1]).toEqual([2, 'Bolagets ägardirektiv', 'HB 2016/5', 'VD']);
  });

  it('a school year at the end stays the title’s', () => {
    expect(rows(KALLELSE, '1 Val av justerare', '2 Skolplan läsåret 2016/2017')).toEqual([
      [1, 'Val av justerare', null, null],
      [2, 'Skolplan läsåret 2016/2017', null, null],
    ]);
  });
});
