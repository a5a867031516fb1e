// A meeting system's web page of one meeting prints its agenda as an HTML list: copied as text, a list item's bullet
// stands before the point's number (`• 3 Budget 2026`), or the list's counter before the point's own number with the
// title on the next line (` 1. 4.` / `  Motion om …`, the counter starting again under each section's heading). The
// site's skip links (`Gå till innehåll`, `Hoppa över navigering`) are furniture. Each point is an item of the notice.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, parseText, text } from './helpers.js';

const points = (t: string): [string, [number | null, string][]][] =>
  parseText(t).documents.map((d) => [d.kind, d.items.map((i) => [i.number, i.title])]);

describe('a meeting system’s bulleted points', () => {
  const page = text(
    'Gå till innehåll',
    'Meny',
    'Sök',
    'Tekniska nämnden 2025-04-08',
    'Tid: 18:00',
    'Plats: Lilla salen, Rådhuset',
    '',
    '• 1 Val av justerare',
    '• 2 Godkännande av dagordning',
    '• 3 Taxor för parkering 2026',
    'Förvaltningen föreslår nya taxor.',
    '• 4 Information från förvaltningschefen',
  );

  it('reads each bullet’s point as an item of the notice', () => {
    expect(points(page)).toEqual([
      ['notice', [[1, 'Val av justerare'], [2, 'Godkännande av dagordning'], [3, 'Taxor för parkering 2026'], [4, 'Information från förvaltningschefen']]],
    ]);
  });

  it('drops the skip link as furniture', () => {
    expect(linesOf(page).some((l) => l.text === 'Gå till innehåll')).toBe(false);
  });
});

describe('a bullet and the point’s number on a line of their own, the title under them', () => {
  // (another system: `•   4`, a blank line, the title; a point written only as its description bullet keeps no number)
  const page = text(
    'Hoppa över navigering',
    'Fritidsnämnden 2025-09-16',
    '',
    ' •   1',
    '',
    '  Val av justerare',
    '',
    ' •   2',
    '',
    '  Fastställande av dagordningen',
    '',
    ' • Förvaltningen föreslår ett extra sammanträde i oktober.',
    '',
    ' •   4',
    '',
    '  Bidrag till föreningar 2026',
  );

  it('reads each number’s title as its point', () => {
    expect(points(page)).toEqual([
      ['notice', [[1, 'Val av justerare'], [2, 'Fastställande av dagordningen'], [4, 'Bidrag till föreningar 2026']]],
    ]);
  });

  it('leaves one bullet with a number alone (no run)', () => {
    const one = text('Fritidsnämnden 2025-09-16', '', ' •   1', '', '  Val av justerare', '', 'Övrigt.');
    expect(linesOf(one).some((l) => l.text.trim() === '•   1' || l.text.trim() === '• 1')).toBe(true);
  });
});

describe('a list counter before each point’s own number', () => {
  const page = text(
    'Hoppa över navigering',
    '',
    'Regionstyrelsen den 4 mars 2025',
    '',
    'Dag:',
    'Tisdag den 4 mars 2025',
    'Tid:',
    '10:00 - 15:00',
    '',
    'Inledning',
    '',
    ' 1. 1.',
    '  Upprop',
    ' 2. 2.',
    '  Val av justerare',
    '',
    'Beslutsärenden',
    '',
    ' 1. 3.',
    '  Budget för kollektivtrafiken 2026',
    '',
    '  Regionstyrelsens förslag',
    ' 2. 4.',
    '  Motion om nattbussar',
  );

  it('reads the point’s number and the title under it', () => {
    expect(points(page)).toEqual([['notice', [[1, 'Upprop'], [2, 'Val av justerare'], [3, 'Budget för kollektivtrafiken 2026'], [4, 'Motion om nattbussar']]]]);
  });

  it('keeps every line in its place', () => {
    const lines = linesOf(page);
    const at = lines.findIndex((l) => l.text === '3. Budget för kollektivtrafiken 2026');
    expect(lines[at]!.no).toBe(19);
    expect(lines[at + 1]!.text).toBe('');
  });

  it('leaves a single pair of numbers alone (`1. 2.` once is no list)', () => {
    const one = text('Budget 2025', '', ' 1. 2.', '  Ökade kostnader', '', 'Text om budgeten.');
    expect(linesOf(one).some((l) => l.text === '2. Ökade kostnader')).toBe(false);
  });
});
