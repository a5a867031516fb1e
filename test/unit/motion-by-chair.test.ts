// `Ordföranden yrkar bifall …`: a motion by the chair named by office alone is the person who
// chairs the meeting, the one member listed as `ordförande` (or the one who signs as chair).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (members: string[], ...body: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Socialnämnden', 'Datum: 2024-03-12', 'Beslutande', ...members, '', '§ 5 Motion om lekplats', ...body, '', 'Beslut', 'Socialnämnden bifaller motionen.'));
const motions = (members: string[], ...body: string[]) => item(doc(members, ...body), 5).motions.map((m) => [m.by, m.text]);

describe('a motion by the chair', () => {
  it('Ordföranden is the member listed as chair', () => {
    expect(motions(['Anna Berg (S), ordförande', 'Per Lind (M)', 'Eva Holm (V)'], 'Ordföranden yrkar bifall till arbetsutskottets förslag.', 'Per Lind (M) yrkar avslag.')).toEqual([
      [['Anna Berg'], 'bifall till arbetsutskottets förslag'],
      [['Per Lind'], 'avslag'],
    ]);
  });

  it('no chair listed: Ordföranden stays', () => {
    expect(motions(['Anna Berg (S)', 'Per Lind (M)'], 'Ordföranden yrkar bifall till arbetsutskottets förslag.')).toEqual([[['Ordföranden'], 'bifall till arbetsutskottets förslag']]);
  });
});

describe('the party of a chair named by office', () => {
  const parties = (members: string[], ...body: string[]) => item(doc(members, ...body), 5).motions.map((m) => [m.by, m.parties]);

  it('comes from the list of those present', () => {
    expect(parties(['Anna Berg (S), ordförande', 'Per Lind (M)'], 'Ordföranden yrkar bifall till arbetsutskottets förslag.', 'Per Lind (M) yrkar avslag.')).toEqual([
      [['Anna Berg'], ['S']],
      [['Per Lind'], ['M']],
    ]);
  });

  it('stands first where the chair moves first with another', () => {
    expect(parties(['Anna Berg (S), ordförande', 'Per Lind (M)'], 'Ordföranden och Per Lind (M) yrkar bifall till arbetsutskottets förslag.')).toEqual([[['Anna Berg', 'Per Lind'], ['S', 'M']]]);
  });

  it('none where the list gives none', () => {
    expect(parties(['Anna Berg, ordförande', 'Per Lind'], 'Ordföranden yrkar bifall till arbetsutskottets förslag.')).toEqual([[['Anna Berg'], []]]);
  });
});
