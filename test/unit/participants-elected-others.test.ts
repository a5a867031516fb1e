// `Övriga förtroendevalda`: the elected members present without a vote in this organ (a board's
// front page lists them between the members and the staff) are one list under one heading, not
// `Övriga` with a stray word before the first name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const read = (...lists: string[]): string[] => meetingDoc(text(
  'PROTOKOLL', 'Förbundsstyrelsen 2024-03-05', '',
  'Plats och tid Förbundets kontor, kl. 09.00-12.00', '',
  'Beslutande Anna Ek (S), ordförande', 'Per Ås (M), vice ordförande',
  ...lists, '',
  'Utses att justera Per Ås', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
)).participants.filter((p) => p.role !== 'member').map((p) => `${p.role}|${p.roleLabel}|${p.name}|${p.party ?? ''}|${p.note ?? ''}`);

describe('Övriga förtroendevalda', () => {
  it('heads a list on its own line', () => {
    expect(read('Övriga förtroendevalda Karin Holm (S), Olof Berg (C)', 'Tjänstemän Maria Weber, förbundschef')).toEqual([
      'other|Övriga förtroendevalda|Karin Holm|S|', 'other|Övriga förtroendevalda|Olof Berg|C|', 'other|Tjänstemän|Maria Weber||',
    ]);
  });

  it('heads the names on the lines under it', () => {
    expect(read('Övriga förtroendevalda', 'Karin Holm (S)', 'Olof Berg (C)')).toEqual([
      'other|Övriga förtroendevalda|Karin Holm|S|', 'other|Övriga förtroendevalda|Olof Berg|C|',
    ]);
  });
});
