// A notice's lists of who is called, as columns under headings on one line (sweep 8):
// `Ersättare` between two lists heads names, not a column of marks; a recipients' column
// (`För kännedom`) keeps its names from falling under the heading to its right; and the
// agenda's heading after a blank line ends the table. Invented texts in the same layouts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const notice = (head: string, rows: string[]): string =>
  [
    'Kallelse till styrelsemöte',
    'Samordningsförbundet Ådalen',
    'Datum: 2021-05-27 kl. 9.00–11.30',
    '',
    head,
    ...rows,
    '',
    'Föredragningslista',
    '1. Mötets öppnande',
    '2. Val av justerare',
  ].join('\n');

const roster = (text: string): string[][] => meetingDoc(text).participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('three lists of who is called side by side', () => {
  it('reads a middle column of deputies as deputies', () => {
    const text = notice('Kallade ledamöter             Ersättare                 Övriga kallade', [
      'Anna Lind, ordförande         Gun Berg                  Per Holm, förbundschef',
      'Bo Ek, vice ordförande        Sten Ås                   Eva Sand, sekreterare',
      'Lisa Nord',
    ]);
    expect(roster(text)).toEqual([
      ['Anna Lind', 'member', 'Kallade ledamöter'],
      ['Bo Ek', 'member', 'Kallade ledamöter'],
      ['Lisa Nord', 'member', 'Kallade ledamöter'],
      ['Gun Berg', 'deputy', 'Ersättare'],
      ['Sten Ås', 'deputy', 'Ersättare'],
      ['Per Holm', 'other', 'Övriga kallade'],
      ['Eva Sand', 'other', 'Övriga kallade'],
    ]);
  });

  it('keeps the names under `För kännedom` in a list of their own', () => {
    const text = notice('Kallade ledamöter             För kännedom            Övriga kallade', [
      'Anna Lind, ordförande         Gun Berg                Per Holm, förbundschef',
      'Bo Ek, vice ordförande        Sten Ås, revisor        Eva Sand, sekreterare',
    ]);
    expect(roster(text)).toEqual([
      ['Anna Lind', 'member', 'Kallade ledamöter'],
      ['Bo Ek', 'member', 'Kallade ledamöter'],
      ['Gun Berg', 'other', 'För kännedom'],
      ['Sten Ås', 'other', 'För kännedom'],
      ['Per Holm', 'other', 'Övriga kallade'],
      ['Eva Sand', 'other', 'Övriga kallade'],
    ]);
  });

  it('ends the table at the agenda heading after a blank line', () => {
    const text = notice('Kallade ledamöter             Övriga kallade', [
      'Anna Lind, ordförande         Per Holm, förbundschef',
      'Lisa Nord',
    ]);
    expect(meetingDoc(text).participants.map((p) => p.name)).toEqual(['Anna Lind', 'Lisa Nord', 'Per Holm']);
    expect(meetingDoc(text).items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Val av justerare']);
  });
});
