// An agenda table's presenter column written with the position before the name (`Ekonomichef Eva Berg`):
// the presenter is the name, as SCHEMA.md asks where the text names one; a position alone stays the
// presenter (`Förbundschef`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitAgendaColumns } from '../../src/parse/items/title.js';
import { parseText, text } from './helpers.js';

describe('the presenter column of an agenda', () => {
  it('gives the name without the position before it', () => {
    expect(splitAgendaColumns('Budgetuppföljning mars 2024\t\tEkonomichef Eva Berg')?.presenter).toBe('Eva Berg');
    const doc = parseText(
      text(
        'KALLELSE', 'Socialnämnden', '', 'Tid\t\tTisdagen den 16 april 2024, kl. 13.30', '',
        'Ärenden\t\t\t\t\tDnr\t\tFöredragande',
        '1.\tVal av justerare',
        '2.\tBudgetuppföljning mars 2024\t\tSN 2024/12\tEkonomichef Eva Berg',
        '3.\tRiktlinjer för bistånd\t\tSN 2024/33\tSocialchef Bo Sund',
      ),
    ).documents[0]!;
    expect(doc.items.map((i) => i.presenter)).toEqual([null, 'Eva Berg', 'Bo Sund']);
  });

  it('keeps a position that names nobody (guard)', () => {
    expect(splitAgendaColumns('Delårsrapport 2024     Förbundschef     Bilaga 1')?.presenter).toBe('Förbundschef');
  });
});
