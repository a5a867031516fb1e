// Where a decision is sent, written as a secretary's note (`Expediera till`) or with `Beslut`
// as its subject (`Beslut expedieras till`): it ends the clauses under the decision heading
// and is none of them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2025-05-20', '');

describe('the distribution line after a decision', () => {
  it('`Expediera till` and the receivers under it', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 40 Riktlinjer för försörjningsstöd',
          'Förvaltningen har tagit fram nya riktlinjer.',
          '',
          'Socialnämndens beslut',
          '',
          '1. Riktlinjerna antas.',
          '',
          '2. Riktlinjerna gäller från den 1 juli 2025.',
          '',
          'Expediera till',
          '',
          'Individ- och familjeomsorgen',
          '',
          '§ 41 Delegationsbeslut',
          'Socialnämndens beslut',
          'Redovisningen läggs till handlingarna.',
          '',
          'Beslut expedieras till',
          'Akten',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => [d.by, d.text])])).toEqual([
      [
        40,
        [
          ['Socialnämnden', 'Riktlinjerna antas.'],
          ['Socialnämnden', 'Riktlinjerna gäller från den 1 juli 2025.'],
        ],
      ],
      [41, [['Socialnämnden', 'Redovisningen läggs till handlingarna.']]],
    ]);
  });
});
