// A notice flattened onto one line runs each point's case number, presenter and attachments on
// after its title (`3. Motion om cykelbanor Dnr KS 2019/301 Bilaga 2`): the case
// number with its label leaves the title, as it does where it ends the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTICE = [
  'KALLELSE Kommunstyrelsen',
  '',
  'Tid Tisdagen den 3 mars 2020 kl. 13.15 Plats Kommunhuset, Stora salen Ärenden 1. Val av justerare ' +
    '2. Budget 2021 Dnr KS 2019/45 Föredragande: Per Holm Bilaga 1 3. Motion om cykelbanor Dnr KS 2019/301 Bilaga 2 4. Delegationsbeslut Dnr KS 2020/3',
].join('\n');

describe('a case number run on before an attachment (or a presenter and an attachment)', () => {
  it('is the point’s case number, and the title ends before its label', () => {
    const items = meetingDoc(NOTICE).items.map((i) => [i.number, i.title, i.caseNumber, i.presenter, i.attachments]);
    expect(items).toEqual([
      [1, 'Val av justerare', null, null, []],
      [2, 'Budget 2021', 'KS 2019/45', 'Per Holm', ['1']],
      [3, 'Motion om cykelbanor', 'KS 2019/301', null, ['2']],
      [4, 'Delegationsbeslut', 'KS 2020/3', null, []],
    ]);
  });
});
