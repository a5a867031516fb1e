// A double given name written as one word (`JanAnders`, `AnnSofie`, `LarsGöran`): the list it
// opened was not read as people at all, and the chair it named was none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('a double name written as one word', () => {
  it('is a given name when both halves are (guards: one name, a word with a capital inside)', () => {
    expect(isGivenName('JanAnders')).toBe(true);
    expect(isGivenName('AnnSofie')).toBe(true);
    expect(isGivenName('Anna')).toBe(true);
    expect(isGivenName('PowerPoint')).toBe(false);
    expect(isGivenName('KommunStyrelsen')).toBe(false);
  });

  it('opens a list of members and names the chair', () => {
    const doc = meetingDoc(
      text(
        'EKEBY KOMMUN SAMMANTRÄDESPROTOKOLL',
        'Plats och tid Stadshuset, Ekeby kl 13.00',
        'Beslutande JanAnders Palmkvist, s, ordförande, 1-12 Maja Yngvesson, s Astrid Adholm, m Göran T Ek, v',
        'Övriga deltagare Karl Karlsson, kommundirektör',
        'Utses att justera Astrid Adholm',
        'Ordförande: JanAnders Palmkvist',
        '',
        '§ 1 Budget',
        'Kommunstyrelsen beslutar att godkänna budgeten.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['JanAnders Palmkvist', 'member', 'S'],
      ['Maja Yngvesson', 'member', 'S'],
      ['Astrid Adholm', 'member', 'M'],
      ['Göran T Ek', 'member', 'V'],
      ['Karl Karlsson', 'other', null],
    ]);
    expect(doc.signatures?.chair).toEqual(['JanAnders Palmkvist']);
  });
});
