// Minutes signed under a row of signers' labels with no line to sign on (`Ordförande   Justerare` / the names), then a
// case paper bound after them (`Tjänsteskrivelse` / its day / `Dnr …`) with its own signer (`Anna Berg` / `Handläggare`):
// the paper is a document of its own, and the minutes' signers are the row's, not the paper's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const FRONT = [
  'PROTOKOLL', 'Socialnämnden, Norrviks kommun', 'Datum: 2025-03-15 kl. 13.00-15.00', '',
  'Beslutande', 'Eva Dahl (S), ordförande', 'Karin Lund (M)', 'Olle Ek (C)', '',
  '§ 1 Val av justerare', 'Karin Lund väljs att justera protokollet.', '',
  '§ 2 Riktlinjer för bistånd', 'Socialnämnden beslutar att anta riktlinjerna enligt bilaga.', '',
];
const PAPER = [
  '', 'TJÄNSTESKRIVELSE', '2025-02-20', 'Dnr SN 2025/14', '', 'Riktlinjer för bistånd', '',
  'Förvaltningen har sett över riktlinjerna och föreslår att nämnden antar dem.', '',
  'Anna Berg', 'Handläggare', '', 'Per Strand', 'Socialchef',
];
const docs = (...signing: string[]) => parse(text(...FRONT, ...signing, ...PAPER)).documents;

describe('a case paper after minutes signed under a row of labels', () => {
  it('is a document of its own, and the row signs the minutes (labels over names)', () => {
    const d = docs('Ordförande                    Justerare', 'Eva Dahl                      Karin Lund', '', 'Sekreterare', 'Tove Lind');
    expect(d.map((x) => x.kind)).toEqual(['minutes', 'other']);
    expect(d[0]!.signatures).toMatchObject({ chair: ['Eva Dahl'], secretary: ['Tove Lind'], adjusters: ['Karin Lund'] });
  });

  it('and where the names stand over the labels, the secretary first', () => {
    const d = docs('Tove Lind                     Eva Dahl', 'Sekreterare                   Ordförande', '', 'Karin Lund', 'Justerare');
    expect(d.map((x) => x.kind)).toEqual(['minutes', 'other']);
    expect(d[0]!.signatures).toMatchObject({ chair: ['Eva Dahl'], secretary: ['Tove Lind'], adjusters: ['Karin Lund'] });
    expect(d[0]!.signatures?.secretary).not.toContain('Anna Berg');
  });

  it('leaves one label over one name inside a § in the § (guard: an election list)', () => {
    const d = parse(text(...FRONT.slice(0, -4), '§ 2 Val av presidium', 'Nämnden väljer', 'Ordförande', 'Eva Dahl', '', '§ 3 Avslutning', 'Ordföranden avslutar mötet.')).documents;
    expect(d).toHaveLength(1);
    expect(d[0]!.items.map((it) => it.number)).toEqual([1, 2, 3]);
  });
});
