// The secretary's note in the passive, what is noted in an `att` clause (`Till protokollet
// antecknas att Bo Ek (C) inte deltar i beslutet.`, `Antecknas till protokollet att …`): a
// protocol note, no decision (`Det antecknas till protokollet att …` too), also on the line after a decision's clause. `Informationen
// antecknas till protokollet.` still notes the item, a decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Byggnadsnämnden, Ekby kommun', 'Datum: 2022-10-12', 'Plats: Stadshuset, Ekby', '',
    'Beslutande', 'Rut Sand (S), ordförande', 'Gösta Ring (C)', '',
    '§ 88 Bygglov för förråd', '', 'Beslut', 'Byggnadsnämnden beviljar bygglov.', 'Till protokollet antecknas att Gösta Ring (C) inte deltar i beslutet.', '',
    '§ 89 Tillsyn', '', 'Förvaltningen redovisar tillsynen.', '', 'Antecknas till protokollet att redovisningen kompletteras i december.', '',
    '§ 91 Taxa', '', 'Beslut', 'Byggnadsnämnden antar taxan.', 'Det antecknas till protokollet att Gösta Ring (C) inte deltar i beslutet.', '',
    '§ 90 Information', '', 'Förvaltningen informerar om läget.', '', 'Informationen antecknas till protokollet.', '',
  ),
);

describe('a note to the minutes in the passive', () => {
  it('after a decision\'s clause is a note, not a decision', () => {
    const it88 = item(doc, 88);
    expect(it88.decisions.map((d) => d.text)).toEqual(['Byggnadsnämnden beviljar bygglov.']);
    expect(it88.notes).toEqual(['Till protokollet antecknas att Gösta Ring (C) inte deltar i beslutet.']);
  });

  it('in the body is a note, not a decision', () => {
    const it89 = item(doc, 89);
    expect(it89.decisions).toEqual([]);
    expect(it89.notes).toEqual(['Antecknas till protokollet att redovisningen kompletteras i december.']);
  });

  it('`Det antecknas till protokollet att …` after a clause is a note too', () => {
    const it91 = item(doc, 91);
    expect(it91.decisions.map((d) => d.text)).toEqual(['Byggnadsnämnden antar taxan.']);
    expect(it91.notes).toEqual(['Det antecknas till protokollet att Gösta Ring (C) inte deltar i beslutet.']);
  });

  it('leaves `Informationen antecknas till protokollet.` a decision (guard)', () => {
    const it90 = item(doc, 90);
    expect(it90.decisions.map((d) => d.text)).toEqual(['Informationen antecknas till protokollet.']);
    expect(it90.notes).toEqual([]);
  });
});
