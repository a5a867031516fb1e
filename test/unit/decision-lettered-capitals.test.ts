// A decision whose clauses are lettered and capitalised, under the decision's line or heading
// (`Direktionen beslutar` / `a) Rapporten godkänns.` / `b) Förbundschefen får i uppdrag …`,
// `Beslut` / `a) …`), as kommunalförbund and regions write them: the clauses are the §'s
// decisions, one each, and no sub-items of the §. Lettered sub-items headed by their own
// titles stay sub-items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const doc = meetingDoc(
  [
    'PROTOKOLL',
    'Direktionen för Räddningstjänsten Västbygd',
    'Sammanträdesdatum 2024-04-11',
    '',
    '§ 22 Revisionsrapport om intern kontroll',
    'Dnr 2024/12',
    'Revisorerna har granskat förbundets interna kontroll.',
    '',
    'Direktionen beslutar',
    'a) Rapporten godkänns.',
    'b) Förbundschefen får i uppdrag att återkomma med en åtgärdsplan i juni.',
    '',
    '§ 23 Taxor 2025',
    'Beslut',
    'a) Taxorna för tillsyn höjs med tre procent.',
    'b) Taxorna gäller från den 1 januari 2025.',
    '',
    '§ 24 Rapporter',
    'a. Rapport från förbundschefen',
    'Förbundschefen informerade om larmen.',
    'b. Rapport från ordföranden',
    'Ordföranden informerade om regionens arbete.',
    '',
  ].join('\n'),
);

describe('lettered decision clauses in capitals', () => {
  it('are the decisions of the §, under the decision’s line', () => {
    const p = item(doc, 22);
    expect(p.subItems).toEqual([]);
    expect(p.decisions.map((d) => d.text)).toEqual(['Rapporten godkänns.', 'Förbundschefen får i uppdrag att återkomma med en åtgärdsplan i juni.']);
  });

  it('are the decisions of the §, under the decision’s heading', () => {
    const p = item(doc, 23);
    expect(p.subItems).toEqual([]);
    expect(p.decisions.map((d) => d.text)).toEqual(['Taxorna för tillsyn höjs med tre procent.', 'Taxorna gäller från den 1 januari 2025.']);
  });

  it('leaves sub-items with their own titles and texts (guard)', () => {
    expect(item(doc, 24).subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Rapport från förbundschefen'],
      ['b', 'Rapport från ordföranden'],
    ]);
  });
});
