// A notice's one-line agenda point that ends in its presenters' label with two people (`Rapport från länsstyrelsen
// KS 2017/12 Föredragande: Eva Ek, Bo Ek`, `… Föredragande: Eva Ek och Bo Ek`): both are the presenter, and neither is
// part of the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const notice = (point: string): string =>
  ['KALLELSE', 'Valnämnden i Ekby kommun', 'Tid: 2018-03-05 kl 15.00', 'Plats: Nämndrummet', '', 'FÖREDRAGNINGSLISTA', '1. Val av justerare', `2. ${point}`, '3. Övriga frågor', ''].join('\n');
const point = (text: string) => meetingDoc(notice(text)).items[1]!;

describe('a labelled presenter of two people after a one-line point', () => {
  it('takes both, after a comma', () => {
    const p = point('Rapport från länsstyrelsen KS 2017/12 Föredragande: Eva Ek, Bo Ek');
    expect(p.title).toBe('Rapport från länsstyrelsen');
    expect(p.presenter).toBe('Eva Ek, Bo Ek');
  });

  it('takes both, joined by och', () => {
    const p = point('Rapport från länsstyrelsen Föredragande: Eva Ek och Bo Ek');
    expect(p.title).toBe('Rapport från länsstyrelsen');
    expect(p.presenter).toBe('Eva Ek och Bo Ek');
  });

  it('keeps one presenter as before (a guard)', () => {
    const p = point('Budget 2019 Föredragande: Eva Ek');
    expect(p.title).toBe('Budget 2019');
    expect(p.presenter).toBe('Eva Ek');
  });
});
