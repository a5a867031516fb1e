// An organisation written as its owner's genitive and a noun in lower case (`Ekbygdens kansli`), and a kind of
// organisation named by the capitalised word before it (`Ekby Universitet`), after a person's name in a list of
// `Name, organisation` entries: the whole is the organisation, not its first word with the rest left as a note.
// Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (...lines: string[]) =>
  meetingDoc(
    text('MINNESANTECKNINGAR', 'Kommunchefsgrupp Ekbygden', 'Dag 2015-01-23', '', ...lines, '', '1. Mötets öppnande', 'Mötet öppnades.'),
  ).participants.map((p) => [p.name, p.organisation, p.position, p.note]);

describe('an office after its owner’s genitive', () => {
  it('keeps the office’s noun with the genitive, one entry to a line', () => {
    const r = rows('Beslutande', 'Håkan Sjö, Ekby kommun', 'Greta Falk, Norrviks kommun', '', 'Övriga deltagande', 'Erik Dal, Ekbygdens kansli, sekreterare', 'Lisa Ström, Förbundets kansli');
    expect(r).toContainEqual(['Erik Dal', 'Ekbygdens kansli', 'sekreterare', null]);
    expect(r).toContainEqual(['Lisa Ström', 'Förbundets kansli', null, null]);
  });

  it('keeps it in a run of entries on one line', () => {
    const r = rows('Närvarande Ingrid Holm, Ekby Kurt Berg, Norrvik Lisa Dahl, Ekbygdens kansli Maria Ström, Ekbygdens kansli');
    expect(r).toContainEqual(['Lisa Dahl', 'Ekbygdens kansli', null, null]);
    expect(r).toContainEqual(['Maria Ström', 'Ekbygdens kansli', null, null]);
  });
});

describe('a kind of organisation named by the word before it', () => {
  it('keeps the place with `Universitet`, and the head of a unit as a position', () => {
    const r = rows('Övriga deltagande', 'Anna Lind Berg, föreståndare, Forskarskolan, Ekby Universitet', 'Conny Sand, räddningschef, Ekby kommun');
    expect(r).toContainEqual(['Anna Lind Berg', 'Forskarskolan, Ekby Universitet', 'föreståndare', null]);
  });

  it('does not take a surname after a given name for the organisation’s name', () => {
    const r = rows('Övriga deltagande', 'Anna Fors Universitet', 'Conny Sand, räddningschef, Ekby kommun');
    expect(r).toContainEqual(['Anna Fors', 'Universitet', null, null]);
  });
});
