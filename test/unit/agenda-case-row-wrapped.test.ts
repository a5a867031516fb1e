// An agenda's row flattened with single spaces — number, title, case number, presenter —
// whose title wraps onto the next line (`5 Revidering av riktlinjer för ekonomiskt SN
// 2022/201 Lena Ek` / `bistånd`): the wrapped words are the title's. They went to the end
// of the presenter's name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, item, text } from './helpers.js';

const notice = (...rows: string[]) =>
  meetingDoc(text('KALLELSE', 'Socialnämnden', '', 'Tid: Tisdagen den 14 mars 2023 kl. 13.15', 'Plats: Kommunhuset', '', 'Ärenden', '', 'Nr Ärende Dnr Föredragande', ...rows));

describe('a flattened agenda row whose title wraps', () => {
  it('gives the wrapped words to the title and the name to the presenter', () => {
    const doc = notice('1 Val av justerare', '2 Revidering av riktlinjer för ekonomiskt SN 2022/201 Lena Ek', 'bistånd', '3 Budgetuppföljning SN 2023/15 Per Ås');
    expect(item(doc, 2)).toMatchObject({ title: 'Revidering av riktlinjer för ekonomiskt bistånd', caseNumber: 'SN 2022/201', presenter: 'Lena Ek' });
    expect(item(doc, 3)).toMatchObject({ title: 'Budgetuppföljning', caseNumber: 'SN 2023/15', presenter: 'Per Ås' });
  });
});
