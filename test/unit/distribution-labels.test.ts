// Where a decision is sent, as a label without a verb (`Protokollsutdrag: …`, `Utdrag till: …`,
// `Kopia till …`) on the line after the decision, or as a sentence run on after it in the same
// line (`… godkänna årsredovisningen. Beslutet skickas till: Revisorerna`): no decision and no
// part of one. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('PROTOKOLL', 'Direktionen', 'Räddningstjänstförbundet Nordkust', 'Sammanträdesdatum 2024-03-12', '');

describe('the distribution of a decision', () => {
  it('a label without a verb on the line after the decision is none', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 23 Delårsrapport',
          'Beslut',
          'Direktionen godkänner delårsrapporten.',
          'Protokollsutdrag: Ekonomienheten, Kansliet',
          '',
          '§ 24 Arvoden',
          'Beslut',
          'Direktionen beslutar att höja arvodet med två procent.',
          'Utdrag till: Löneenheten',
          '',
          '§ 25 Tillsynsplan',
          'Direktionen beslutar att anta tillsynsplanen.',
          'Kopia till Medlemskommunerna',
        ),
    );
    expect(doc.items.map((i) => i.decisions.map((d) => [d.by, d.text]))).toEqual([
      [['Direktionen', 'Direktionen godkänner delårsrapporten.']],
      [['Direktionen', 'Direktionen beslutar att höja arvodet med två procent.']],
      [['Direktionen', 'Direktionen beslutar att anta tillsynsplanen.']],
    ]);
  });

  it('a distribution sentence run on after the decision ends its text', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 22 Årsredovisning',
          'Direktionen beslutar att godkänna årsredovisningen. Beslutet skickas till: Revisorerna',
          '',
          '§ 26 Taxa',
          'Direktionens beslut',
          'att anta taxan för tillsyn. Expedieras: Medlemskommunerna',
        ),
    );
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['Direktionen beslutar att godkänna årsredovisningen.'],
      ['anta taxan för tillsyn.'],
    ]);
  });

  it('`Beslutsexpediering:` under the decision is no decision and no proposal', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 27 Budget 2025',
          'Förslag till beslut',
          'Direktionen antar budgeten.',
          'Beslut',
          'Direktionen beslutar att anta budgeten.',
          'Beslutsexpediering: Akt, Ekonomienheten',
        ),
    );
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Direktionen beslutar att anta budgeten.']);
    expect(doc.items[0]!.proposal).toBe('Direktionen antar budgeten.');
  });
});

