// A notice is signed by whoever sends it, never by its roll: `Ordförande  Karin Vall` as a row under `Kallade`, or
// `Kallade:` / `Elis Brandt, sekreterare` after the points, is someone called. The sender signing under the points
// stays. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const signatures = (lines: string[]) => parse(lines.join('\n')).documents.map((d) => d.signatures && [d.signatures.chair, d.signatures.secretary]);
const POINTS = ['Ärenden', '1. Val av justerare', '2. Taxa för tillsyn', '3. Meddelanden', ''];

describe('a notice whose roll names a chair and a secretary', () => {
  it('rows of label and name under the roll’s heading sign nothing', () => {
    const lines = [
      'KALLELSE', 'Miljönämnden i Sjöbyns kommun', 'Tid: Torsdag 6 mars 2025 kl. 09.00', 'Plats: Rådhuset', '',
      'Kallade',
      'Ordförande          Karin Vall (C)',
      'Vice ordförande     Leo Ahlgren (S)',
      'Ledamot             Nora Sjöberg (M)',
      'Sekreterare         Elis Brandt',
      '',
      ...POINTS,
    ];
    expect(signatures(lines)).toEqual([null]);
  });

  it('a roll after the points and the sender: the sender signs, the roll’s secretary does not', () => {
    const lines = [
      'KALLELSE', 'Miljönämnden i Sjöbyns kommun', 'Tid: Torsdag 6 mars 2025 kl. 09.00', '',
      ...POINTS,
      'Välkomna!',
      '',
      'Karin Vall',
      'ordförande',
      '',
      'Kallade:',
      'Leo Ahlgren, ledamot',
      'Nora Sjöberg, ersättare',
      'Elis Brandt, sekreterare',
    ];
    expect(signatures(lines)).toEqual([[['Karin Vall'], []]]);
  });
});
