// A list whose heading is followed by words that say who its people are, before their names
// (`Yttranderätt: Ordföranden i nämnderna i Östby och Västby Bo Lind (s) Eva Holm (m)`): the words
// name nobody, and the first name after them is read. Invented texts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const FRONT = (line: string): string =>
  'PROTOKOLL Samordningsförbundet Östby Sammanträdesdatum 2022-03-10\nPlats och tid Kommunhuset, kl 13.00-15.00\n' +
  'Beslutande Karin Alm (s), ordförande Olle Brink (m)\n' + line + '\nÖvriga närvarande Nils Ek, förbundschef\nUtses att justera Olle Brink\n';

describe('words before the names of a list', () => {
  it('reads the names after a description that names places', () => {
    const doc = meetingDoc(FRONT('Yttranderätt: Ordföranden i nämnderna i Östby och Västby Bo Lind (s) Eva Holm (m)'));
    expect(doc.participants.filter((p) => p.roleLabel === 'Yttranderätt').map((p) => [p.name, p.party])).toEqual([['Bo Lind', 'S'], ['Eva Holm', 'M']]);
  });

  it('reads the names after a description in lower case', () => {
    const doc = meetingDoc(FRONT('Yttranderätt: Ordförandena i nämnderna Bo Lind (s) Eva Holm (m)'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Karin Alm', 'Olle Brink', 'Bo Lind', 'Eva Holm', 'Nils Ek']);
  });
});
