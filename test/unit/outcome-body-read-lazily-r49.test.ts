// findOutcome reads the body's sentences only where they may change the answer (a decision stated an outcome, none
// settled, and a settled outcome's words stand in no part or motion): the answer must be the one it gives when the
// body is read first, as it always was.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { isBodyHeading, readParagraphs } from '../../src/parse/decisions/roles.js';
import { findMotions } from '../../src/parse/process/motions.js';
import { findOutcome, statedInBody } from '../../src/parse/process/outcome.js';
import { partsOf } from '../../src/parse/process/parts.js';
import { paragraphs } from '../../src/text/line.js';

const PIECES = [
  'Kommunstyrelsen beslutar att godkänna rapporten.',
  'Nämnden beslutar att avslå motionen.',
  'Styrelsen beslutar att bifalla ansökan.',
  'Ärendet bordläggs.',
  'ÄRENDET BORDLÄGGS.',
  'Ärendet återremitteras till förvaltningen.',
  'Punkten utgår.',
  'Beslut',
  'Yrkanden',
  'Beslutsgång',
  'Eva Lind (S) yrkar att ärendet ska återremitteras.',
  'Per Ek (M) yrkar bifall till förslaget.',
  'Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Eva Linds yrkande.',
  'Ordföranden finner att ärendet ska avgöras idag.',
  'Nämnden beslutar enligt Per Eks yrkande.',
  'Kommunstyrelsen beslutar enligt återremissyrkandet.',
  'Informationen antecknas.',
  'Förvaltningen har tagit fram ett förslag till riktlinjer.',
  'Förslaget drogs tillbaka av förslagsställaren.',
  'Nämnden godkänner dagordningen med ändringen att punkt 5 utgår.',
  'Ansökan avslogs på förra mötet.',
  'Ärendebeskrivning',
  'Bakgrund till ärendet är en skrivelse från Ekby förening.',
];

describe('findOutcome reading the body lazily', () => {
  it('answers as it does with the body read first', () => {
    let x = 11;
    const next = (n: number): number => ((x = (x * 48271) % 2147483647), x % n);
    const answers = new Set<string>();
    let skipped = 0;
    for (let k = 0; k < 600; k++) {
      const lines: string[] = [];
      for (let j = 0, n = 1 + next(6); j < n; j++) lines.push(PIECES[next(PIECES.length)]!, ...(next(2) ? [''] : []));
      const norm = normalise(lines.join('\n')).lines;
      const paras = paragraphs(norm, isBodyHeading);
      const read = readParagraphs(paras, true);
      const decisions = findDecisions(paras, null, read);
      const parts = partsOf(paras, read);
      const motions = findMotions(parts);
      for (const agenda of [false, true]) {
        let asked = false;
        const lazy = findOutcome(parts, decisions, motions, agenda, () => ((asked = true), statedInBody(parts, motions)));
        const eager = findOutcome(parts, decisions, motions, agenda, statedInBody(parts, motions));
        expect(lazy, JSON.stringify(lines)).toBe(eager);
        if (!asked) skipped++;
        answers.add(String(eager));
      }
    }
    // (the property is asked of bodies the shortcut takes and of bodies it leaves, with outcomes of every kind)
    expect(skipped).toBeGreaterThan(50);
    expect(skipped).toBeLessThan(1200);
    expect(answers.size).toBeGreaterThanOrEqual(5);
  });
});
