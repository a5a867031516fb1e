// `Närvaro` over the people who attended, without its colon: a list's heading where a person's
// name follows it (under it or beside it), as `Kansliet` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = (...rows: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Samordningsförbundet Norrdal, styrelsen',
      '',
      'Datum: 2023-04-12',
      'Plats: Förbundets kontor, Norrby',
      '',
      ...rows,
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
    ),
  );

describe('`Närvaro` over its people', () => {
  it('heads the names under it', () => {
    const d = front('Närvaro', 'Anna Ek, ordförande', 'Per Ås, ledamot', 'Lisa Holm, ledamot');
    expect(d.participants.map((p) => [p.name, p.roleLabel, p.position])).toEqual([
      ['Anna Ek', 'Närvaro', 'ordförande'],
      ['Per Ås', 'Närvaro', null],
      ['Lisa Holm', 'Närvaro', null],
    ]);
  });

  it('heads the names beside it', () => {
    const d = front('Närvaro      Anna Ek, ordförande', '             Per Ås, ledamot');
    expect(d.participants.map((p) => p.name)).toEqual(['Anna Ek', 'Per Ås']);
  });

  it('is no heading over a column of marks', () => {
    const d = front('Ledamöter        Närvaro', 'Anna Ek          X', 'Per Ås           X');
    expect(d.participants.map((p) => p.roleLabel)).not.toContain('Närvaro');
  });
});
