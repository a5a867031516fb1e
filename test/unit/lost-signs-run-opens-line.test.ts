// Flattened minutes that lost every § sign, the §§ running on one line: the run's first number
// opens the line or follows the list above it (`… Pia Strand (C) 44 Fastställande av dagordning …
// 45 Val av justerare … 46 …`), where no sentence ends before it. It is the run's first §, as
// the numbers after it count on from it at heading places. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const body =
  '44 Fastställande av dagordning Kommunstyrelsen fastställer dagordningen. 45 Val av justerare Kommunstyrelsen utser Nils Kvist att justera protokollet. 46 Budgetuppföljning april Kommunstyrelsen lägger uppföljningen till handlingarna.';
const titles = [
  [44, 'Fastställande av dagordning'],
  [45, 'Val av justerare'],
  [46, 'Budgetuppföljning april'],
];

describe('a run of lost §§ whose first number no sentence end precedes', () => {
  it('reads the first where it opens the line', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen 2025-05-13', '', 'Beslutande', 'Åsa Berg (S), ordförande', 'Nils Kvist (M)', '', body));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(titles);
  });

  it('reads a declared range of two whose first opens the line', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen 2025-05-13', 'Paragrafer 44-45', '', 'Beslutande', 'Åsa Berg (S), ordförande', 'Nils Kvist (M)', '',
        '44 Fastställande av dagordning Kommunstyrelsen fastställer dagordningen. 45 Val av justerare Kommunstyrelsen utser Nils Kvist att justera protokollet.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(titles.slice(0, 2));
  });

  it('reads the first after the list above it, on one flattened line', () => {
    const doc = meetingDoc(text(`PROTOKOLL Kommunstyrelsen 2025-05-13 Plats och tid Kommunhuset, kl. 18.00-19.30 Beslutande Åsa Berg (S), ordförande, Nils Kvist (M), Pia Strand (C) ${body}`));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(titles);
  });
});
