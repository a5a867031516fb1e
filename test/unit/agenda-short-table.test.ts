// A short agenda table (two or three rows) under a head row of several columns (`Nr   Ärende   Dnr   Handläggare`,
// `Punkt   Ärende   Föredragande`): the head says the lone numbers are points, however few; a column headed
// `Handläggare` names who prepared the case, not who presents it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = ['KALLELSE', 'Socialnämnden', '', 'Tid: tisdagen den 8 april 2025 kl. 13.30', 'Plats: Kommunhuset, sal Ljusnan', ''];

describe('a short agenda table under a head row', () => {
  it('reads two rows under `Nr   Ärende   Dnr   Handläggare`, with no presenter from the handler column', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Nr   Ärende                                    Dnr             Handläggare',
        '1    Tillsynsplan 2025                         SN 2025/14      Lena Ek',
        '2    Ekonomisk uppföljning mars                SN 2025/3       Karin Holm',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Tillsynsplan 2025', 'SN 2025/14', null],
      [2, 'Ekonomisk uppföljning mars', 'SN 2025/3', null],
    ]);
  });

  it('reads two rows under a head whose title column is `Ärende` and whose presenter column presents', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Punkt   Ärende                               Föredragande',
        '1       Riktlinjer för färdtjänst            Nora Vik',
        '2       Internkontrollplan 2025              Sven Dahl',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter])).toEqual([
      [1, 'Riktlinjer för färdtjänst', 'Nora Vik'],
      [2, 'Internkontrollplan 2025', 'Sven Dahl'],
    ]);
  });

  it('keeps names out of the presenter under a `Handläggare` column of a longer table too', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Nr   Ärende                                    Dnr             Handläggare',
        '1    Val av justerare',
        '2    Tillsynsplan 2025                         SN 2025/14      Lena Ek',
        '3    Yttrande över motion om fritidsgårdar     SN 2024/88      Per Andersson',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter])).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Tillsynsplan 2025', null],
      [3, 'Yttrande över motion om fritidsgårdar', null],
    ]);
  });

  it('two lone numbers under a line that is no head row are no points (guard)', () => {
    const doc = meetingDoc(text(...FRONT, 'Nr   Namn          Parti', '1    Lena Ek       S', '2    Karin Holm    M'));
    expect(doc.items).toEqual([]);
  });
});
