// Minutes whose §§ a transcript printed as bare numbers (`1 Val av justerare … 2 Delegationsordning …`), flattened into
// one line, with a decision's numbered clauses inside a § (`Beslut 1. Delegationsordning antas. 2. … 3. …`): the
// clauses are the §'s text, and the run's own next number, bare, is the next §. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('a decision’s numbered clauses inside a run of bare §§', () => {
  it('do not take the place of the next §', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2025-05-06',
        'Paragrafer 1-4',
        '',
        '1 Val av justerare',
        'Lars Berg utses att justera protokollet.',
        '2 Delegationsordning',
        'Kommunstyrelsen har att ta ställning till en ny delegationsordning.',
        'Kommunstyrelsens beslut',
        '1. Delegationsordning antas.',
        '2. Tidigare delegationsordning upphör att gälla.',
        '3. Ordföranden får i uppdrag att underteckna.',
        '3 Budget 2026',
        'Kommunstyrelsen beslutar att fastställa budgeten.',
        '4 Övriga frågor',
        'Inga övriga frågor.',
      ].join(' '),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Delegationsordning'],
      [3, 'Budget 2026'],
      [4, 'Övriga frågor'],
    ]);
    expect(item(doc, 2).text).toContain('Ordföranden får i uppdrag att underteckna.');
  });

  it('do not where a transcript runs the §§ over its pages either', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        '1 PROTOKOLL Miljönämnden Sammanträdesdatum 2025-02-18 Paragrafer 10-12',
        '',
        '2 10 Val av justerare Kim Holm utses att justera protokollet. 11 Taxa för tillsyn Miljönämnden beslutar 1. Ny taxa antas. 2. Taxan gäller från den 1 juli. 3. Förvaltningen får i uppdrag att informera. 12 Övriga frågor Inga övriga frågor.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([10, 11, 12]);
    expect(doc.items[2]!.title).toBe('Övriga frågor');
    expect(doc.items[1]!.text).toContain('Förvaltningen får i uppdrag att informera.');
  });
});
