// Notes that list each person on a line and the association or agency the person speaks for on the line under it, in
// its capitals (`Kim Ask` / `HRF` / `Bo Lind` / `FUB`), the last perhaps after a comma (`Ulla Nord, Neuroförbundet`):
// the letters name nobody, and each is the organisation of the person above them, never a heading over the people after.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const people = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.organisation]);
const notes = (...list: string[]) => text('PROTOKOLL', 'Rådet för funktionshinderfrågor 2025-02-10', '', 'Närvarande', ...list, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.');

describe("an association's letters under a name", () => {
  it("are the organisation of the person above, the list's last written after a comma", () => {
    expect(people(notes('Kim Ask', 'HRF', 'Bo Lind', 'FUB', 'Ulla Nord, Neuroförbundet'))).toEqual([
      ['Kim Ask', 'HRF'],
      ['Bo Lind', 'FUB'],
      ['Ulla Nord', 'Neuroförbundet'],
    ]);
  });

  it("are so in a pensioners' council's roll", () => {
    expect(people(notes('Per Holm', 'PRO', 'Gun Ås', 'SPF', 'Lars Berg, SKPF'))).toEqual([
      ['Per Holm', 'PRO'],
      ['Gun Ås', 'SPF'],
      ['Lars Berg', 'SKPF'],
    ]);
  });

  it('head the people under them where more than one stands under an organisation', () => {
    expect(people(notes('Anna Ek', 'Försäkringskassan', 'Per Holm', 'Gun Ås', 'Arbetsförmedlingen', 'Lars Berg', 'Siv Dal'))).toEqual([
      ['Anna Ek', null],
      ['Per Holm', 'Försäkringskassan'],
      ['Gun Ås', 'Försäkringskassan'],
      ['Lars Berg', 'Arbetsförmedlingen'],
      ['Siv Dal', 'Arbetsförmedlingen'],
    ]);
  });
});
