// A member's party whose closing bracket the extraction lost (`Olle Nyström, Sjövik, (m`), at a
// line's end or before the next person of a run-on list: the party is read, the next person kept.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { closeLostPartyBrackets } from '../../src/parse/participants/party.js';
import { meetingDoc, text } from './helpers.js';

const roll = (doc: ReturnType<typeof meetingDoc>): string[] => doc.participants.map((p) => `${p.name}|${p.party}|${p.position}`);

describe('a party bracket left open', () => {
  it('is read at the end of each line of a list', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunfullmäktige',
        'Plats och tid Rådhuset kl 18.00-20.00',
        'Beslutande Karin Berg, Åby, (s) ordförande',
        'Olle Nyström, Sjövik, (m',
        'Eva Lind, Åby, (c',
        'Per Holm, Norrby, (s)',
        'Utses att justera Olle Nyström',
        '',
        '§ 1 Val av justerare',
        'Olle Nyström utses att justera.',
      ),
    );
    expect(roll(doc)).toEqual(['Karin Berg|S|ordförande', 'Olle Nyström|M|null', 'Eva Lind|C|null', 'Per Holm|S|null']);
  });

  it('is read before the next person of a page run on one line', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Kommunfullmäktige Plats och tid Rådhuset kl 18.00-20.00 Beslutande Karin Berg, Åby, (s) ordförande Olle Nyström, Sjövik, (m Eva Lind, Åby, (c Per Holm, Norrby, (s) Utses att justera Olle Nyström',
        '',
        '§ 1 Val av justerare',
        'Olle Nyström utses att justera.',
      ),
    );
    expect(roll(doc)).toEqual(['Karin Berg|S|ordförande', 'Olle Nyström|M|null', 'Eva Lind|C|null', 'Per Holm|S|null']);
  });

  it('closes only a party\'s letters that no bracket closes later', () => {
    expect(closeLostPartyBrackets('Olle Nyström, Sjövik, (m')).toBe('Olle Nyström, Sjövik, (m)');
    expect(closeLostPartyBrackets('Olle Nyström (m Eva Lind (c)')).toBe('Olle Nyström (m) Eva Lind (c)');
    expect(closeLostPartyBrackets('Olle Nyström (s Sjövik)')).toBe('Olle Nyström (s Sjövik)');
    expect(closeLostPartyBrackets('Olle Nyström (mest § 4')).toBe('Olle Nyström (mest § 4');
    expect(closeLostPartyBrackets('Olle Nyström (M)')).toBe('Olle Nyström (M)');
  });
});
