// Motions under a `Yrkanden` heading written one a line behind a bullet, the mover labelling
// what is moved (`- Anna Ek (S): bifall till förslaget`, `• Bo Al (M): avslag`): each line
// a motion, the bullet no part of the mover. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

const motions = (body: string): [string[], string[], string][] => processOf(body).motions.map((m) => [m.by, m.parties, m.text]);

describe('bulleted motions under `Yrkanden`', () => {
  it('reads each line behind a hyphen', () => {
    expect(motions(text('Yrkanden', '- Maj Lund (KD): bifall till förvaltningens förslag', '- Sten Ahl (V): avslag på förslaget'))).toEqual([
      [['Maj Lund'], ['KD'], 'bifall till förvaltningens förslag'],
      [['Sten Ahl'], ['V'], 'avslag på förslaget'],
    ]);
  });

  it('reads each line behind a bullet sign', () => {
    expect(motions(text('Yrkanden', '• Maj Lund (KD): Bifall.', '• Sten Ahl (V): Återremiss.'))).toEqual([
      [['Maj Lund'], ['KD'], 'Bifall'],
      [['Sten Ahl'], ['V'], 'Återremiss'],
    ]);
  });

  it('a bulleted list of documents under the heading moves nothing (guard)', () => {
    expect(motions(text('Yrkanden', '- Tjänsteskrivelse: 2024-03-01', '- Bilaga: Karta'))).toEqual([]);
  });
});
