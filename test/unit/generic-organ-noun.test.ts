// The generic `Nämnd` names no organ (a BEVIS form's label left empty, `NÄMNDEN` alone at the head): the meeting's body is
// the organ named after it (`Nämnd   Byggnadsnämnden`), or none; an adjective before it still names one. Every text is
// invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const bodyOf = (head: string) =>
  meetingDoc(text('PROTOKOLL', head, 'Sammanträdesdatum 2023-04-24', 'Plats och tid   Kommunhuset, kl. 18.30-19.00', 'Beslutande   Anna Ek (S), ordförande', '             Per Ås (M)', '', '§ 1 Budget', 'Nämnden beslutar att godkänna budgeten.')).meeting?.body;

describe('the generic organ noun', () => {
  it('names no organ alone', () => {
    expect(bodyOf('NÄMNDEN')).toBeNull();
    expect(bodyOf('Nämnd')).toBeNull();
  });

  it('gives way to the organ named after it, as a form\'s row prints label and value', () => {
    expect(bodyOf('Nämnd   Kulturnämnden')).toBe('kulturnämnd');
    expect(bodyOf('NÄMND, 3.11.2021, Bildningsnämnden')).toBe('bildningsnämnd');
  });

  it('keeps an organ named in full', () => {
    expect(bodyOf('Socialnämnden')).toBe('socialnämnd');
    expect(bodyOf('Tekniska nämnden')).toBe('teknisk nämnd');
  });
});
