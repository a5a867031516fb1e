// A staff position written as its acronym after the name (`Lotta Tyr MAS`, `Gunilla Marc, MAS`:
// medicinskt ansvarig sjuksköterska), as social services' minutes write it. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (...others: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Omsorgsnämnden',
      'Tid 2024-03-12 kl 13.00-15.00',
      'Plats Kommunhuset',
      'Beslutande Anna Berg (C), ordförande',
      'Per Ås (M)',
      'Övriga närvarande',
      ...others,
      'Utses att justera Per Ås',
      '',
      '§ 12 Val av justerare',
      'Per Ås utses att justera.',
    ),
  );
const others = (doc: ReturnType<typeof page>) => doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation]);

describe('a position’s acronym after a name', () => {
  it('is the position, with or without a comma before it', () => {
    expect(others(page('Eva Ek, socialchef', 'Lotta Tyr MAS', 'Gunilla Marc, MAS', 'Olle Sand, MAR'))).toEqual([
      ['Eva Ek', 'socialchef', null],
      ['Lotta Tyr', 'MAS', null],
      ['Gunilla Marc', 'MAS', null],
      ['Olle Sand', 'MAR', null],
    ]);
  });

  it('keeps a run-on list of deputies and then staff apart under their headings', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Omsorgsnämnden',
        'Tid 2024-03-12 kl 13.00-15.00 Plats Kommunhuset Beslutande Ledamöter Anna Berg (S) ordförande Per Ås (M) Övriga närvarande Ersättare Tjänstemän Karin Lund (S) Nils Berg (M) Eva Ek omsorgschef, Lotta Tyr MAS, Ida Holm nämndsekreterare Utses att justera Per Ås (M)',
        '',
        '§ 12 Val av justerare',
        'Per Ås utses att justera.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Anna Berg', 'member', 'ordförande'],
      ['Per Ås', 'member', null],
      ['Karin Lund', 'deputy', null],
      ['Nils Berg', 'deputy', null],
      ['Eva Ek', 'other', 'omsorgschef'],
      ['Lotta Tyr', 'other', 'MAS'],
      ['Ida Holm', 'other', 'nämndsekreterare'],
    ]);
  });

  it('is the position before the §§ attended, their sign left out', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Omsorgsnämnden', 'Tid 2024-03-12 kl 13.00-15.00', 'Plats Kommunhuset', 'Paragrafer 42-46',
        'Beslutande Anna Berg (C), ordförande', 'Per Ås (M)', 'Övriga närvarande', 'Gunilla Marc, MAS 43, 45', '',
        '§ 42 Val av justerare', 'Per Ås utses att justera.', '', '§ 46 Övrigt', 'Inget.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.paragraphs, p.note])).toEqual([
      ['Gunilla Marc', 'MAS', { from: 43, to: 45 }, '43, 45'],
    ]);
  });
});

// A run-on list written as a sentence ends its last entry with a point, after the position too.
describe('a list’s closing point after the last position', () => {
  it('ends the sentence, not the position', () => {
    for (const list of ['Eva Ek, socialchef, Ida Holm, nämndsekreterare.', 'Eva Ek socialchef, Ida Holm nämndsekreterare.', 'Eva Ek, socialchef och Ida Holm, nämndsekreterare.']) {
      expect(others(page(list))).toEqual([
        ['Eva Ek', 'socialchef', null],
        ['Ida Holm', 'nämndsekreterare', null],
      ]);
    }
  });
});
