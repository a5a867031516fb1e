// A sentence electing the adjusters written under the front page's list of who took part (`Frånvarande: Siv Berg` /
// `Ola Dahl utsågs att justera protokollet.`): the elected are the adjusters, and no entry of the list above (they were
// read as absent). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const first = (...after: string[]) =>
  parseText(text('Protokoll styrelsemöte', 'Samordningsförbundet Ekedal', 'Datum: 2022-03-04', 'Närvarande: Tove Lind, ordförande, Ola Dahl, Rut Ahl', 'Frånvarande: Siv Berg', ...after, '', '§ 1 Budget', 'Styrelsen beslutar att godkänna budgeten.')).documents[0]!;

describe('an adjusters election under the list of who took part', () => {
  it('reads the elected as the adjuster, not absent', () => {
    const d = first('Ola Dahl utsågs att justera protokollet.');
    expect(d.signatures!.adjusters).toEqual(['Ola Dahl']);
    expect(d.participants.filter((p) => p.role === 'absent').map((p) => p.name)).toEqual(['Siv Berg']);
  });
  it('reads two elected to be adjusters', () => {
    const d = first('Ola Dahl och Rut Ahl valdes till justerare.');
    expect(d.signatures!.adjusters).toEqual(['Ola Dahl', 'Rut Ahl']);
  });
  it('leaves an entry with a note of its own in the list', () => {
    const d = first('Kaj Moberg, deltog via länk');
    expect(d.participants.some((p) => p.name === 'Kaj Moberg')).toBe(true);
  });
});

describe('an adjusters election under the adjusters label', () => {
  it('reads the elected from the sentence under Justerare', () => {
    const d = parseText(text('Protokoll styrelsemöte', 'Samordningsförbundet Ekedal', 'Datum: 2022-03-04', 'Närvarande', 'Tove Lind, ordförande', 'Rut Ahl', 'Anmält förhinder', 'Siv Berg', 'Justerare', 'Ola Dahl utsågs att jämte ordföranden justera protokollet', '', '§ 1 Budget', 'Styrelsen beslutar att godkänna budgeten.')).documents[0]!;
    expect(d.signatures!.adjusters).toEqual(['Ola Dahl']);
  });
});
