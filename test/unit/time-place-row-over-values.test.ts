// A front page whose `Tid Plats` labels stand together on a line of their own (a table's row of
// labels flattened), their values on the line under them with the hours first
// (`18:30-20:00 Skolans aula, Lidby`): the place is the rest of that line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (row: string, values: string): string =>
  text(
    'SAMMANTRÄDESPROTOKOLL',
    'Sammanträdesdatum',
    '2019-03-25',
    'Barn- och utbildningsnämnden',
    row,
    values,
    'Beslutande ledamöter',
    'Hanna Kvist (S) (ordförande)',
    'Jonna Lilja (C)',
    'Övriga',
    'Lars Fjäll (Förvaltningschef)',
    '',
    '§ 10 Val av justerare',
    'Jonna Lilja utses att justera.',
  );

describe('`Tid Plats` over the line of their values', () => {
  it('reads the hours and the place from the line under the labels', () => {
    const m = meetingDoc(minutes('Tid Plats', '18:30-20:00 Skolans aula, Lidby')).meeting!;
    expect([m.startTime, m.endTime, m.location]).toEqual(['18:30', '20:00', 'Skolans aula, Lidby']);
  });

  it('takes only that line, not the list heading after it', () => {
    const m = meetingDoc(minutes('TID PLATS', '09.00-11.30 Stadshuset, sal B')).meeting!;
    expect([m.startTime, m.location]).toEqual(['09:00', 'Stadshuset, sal B']);
  });
});
