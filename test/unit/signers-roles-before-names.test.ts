// The signers on one line after the last §, each role written before its name and the roles after the first in lower
// case (`Ordförande Anna Ek, sekreterare Gun Berg, justerare Bo Lind`): each name takes the role before it, not the
// one after it. Every text is invented.
// A row of signers' labels each with a colon and its name (`Ordförande: Anna Ek   Sekreterare: Gun Berg   Justerare: Bo Lind`),
// in columns or one space apart, is a signature block too.
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

describe('a row of signers’ labels with a colon, each before its name', () => {
  it('reads the row in columns', () => {
    expect(signed('Ordförande: Anna Ek      Sekreterare: Gun Berg      Justerare: Bo Lind')).toMatchObject({ chair: ['Anna Ek'], secretary: ['Gun Berg'], adjusters: ['Bo Lind'] });
  });

  it('reads the row flattened with one space, and keeps it out of the last §', () => {
    const doc = meetingDoc(['PROTOKOLL', 'Kommunstyrelsen', 'Datum: 2024-03-05', '', '§ 2 Budget', 'Kommunstyrelsen beslutar att anta budgeten.', '', 'Vid protokollet: Gun Berg Justeras: Anna Ek, Bo Lind'].join('\n'));
    expect(doc.signatures).toMatchObject({ secretary: ['Gun Berg'], adjusters: ['Anna Ek', 'Bo Lind'] });
    expect(doc.items[0]!.text).toBe('Kommunstyrelsen beslutar att anta budgeten.');
  });
});
