// An attendance table whose rows carry a cross or a remark after the name (`Lisa Dahl X,
// mötesordf. § 12-20`, `Wiremu Tane Anmält förhinder`): a row whose given name the lexicon does
// not know is a person by its remark, as a party in brackets makes one; the list ended at it and
// the members after it were lost. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL NR 4/2024', '', 'Möte med föreningens styrelse den 12 mars 2024', '',
    'Ledamöter Närvarande',
    'Lisa Dahl X, mötesordf. § 12-20',
    'Okke Strand X',
    'Wiremu Tane Anmält förhinder',
    'Sara Holm X, ej § 18-20',
    'Per Ås X',
    'Suppleanter',
    'Eva Ek X',
    'Maja Berg Anmält förhinder',
    'Sekretariatet',
    'Karin Lund X, sekreterare', '',
    '§12 Val av justerare', '', 'Beslut', '', 'att utse Per Ås till justerare.',
  ),
);
const who = (): [string, string][] => doc.participants.map((p) => [p.name, p.role]);

describe('an attendance table with remarks after the names', () => {
  it('reads a row whose given name is unknown by its remark, and the rows after it', () => {
    expect(who()).toEqual([
      ['Lisa Dahl', 'member'],
      ['Okke Strand', 'member'],
      ['Wiremu Tane', 'absent'],
      ['Sara Holm', 'member'],
      ['Per Ås', 'member'],
      ['Eva Ek', 'deputy'],
      ['Maja Berg', 'absent'],
      ['Karin Lund', 'other'],
    ]);
  });

  it('after a comma too', () => {
    const d = meetingDoc(text('PROTOKOLL', 'Styrelsen 2024-03-12', '', 'Ledamöter', 'Okke Strand (S)', 'Wiremu Tane, frånvarande', 'Per Ås (M)', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));
    expect(d.participants.map((p) => [p.name, p.role])).toEqual([['Okke Strand', 'member'], ['Wiremu Tane', 'absent'], ['Per Ås', 'member']]);
  });
});
