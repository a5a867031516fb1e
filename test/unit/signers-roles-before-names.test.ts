// The signers on one line after the last §, each role written before its name and the roles after the first in lower
// case (`Ordförande Anna Ek, sekreterare Gun Berg, justerare Bo Lind`): each name takes the role before it, not the
// one after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const signed = (line: string) =>
  meetingDoc(['PROTOKOLL', 'Kommunstyrelsen', 'Datum: 2024-03-05', '', '§ 2 Budget', 'Kommunstyrelsen beslutar att anta budgeten.', '', line].join('\n')).signatures;

describe('signers with their roles before their names', () => {
  it('reads each role with the name after it', () => {
    expect(signed('Ordförande Anna Ek, sekreterare Gun Berg, justerare Bo Lind')).toMatchObject({ chair: ['Anna Ek'], secretary: ['Gun Berg'], adjusters: ['Bo Lind'] });
  });

  it('reads parties after the names and a closing point', () => {
    expect(signed('Sekreterare Gun Berg, ordförande Anna Ek (S), justerare Bo Lind (M).')).toMatchObject({ chair: ['Anna Ek'], secretary: ['Gun Berg'], adjusters: ['Bo Lind'] });
  });

  it('still reads a role written after its name under `Justeras`', () => {
    expect(signed('Justeras: Anna Ek, ordförande, och Bo Berg')).toMatchObject({ chair: ['Anna Ek'], adjusters: ['Bo Berg'] });
  });
});
