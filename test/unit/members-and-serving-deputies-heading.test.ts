// One list headed `Beslutande och tjänstgörande ersättare` (also wrapped in a narrow label column, `Beslutande och` /
// `tjänstgörande ersättare`, or flattened with the whole page on one line): its people are members, and only those
// marked as serving for somebody (`tjg. för Per Strand (M)`) are deputies. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const roles = (text: string) => Object.fromEntries((meetingDoc(text).participants ?? []).map((p) => [p.name, [p.role, p.substituteFor]]));

describe('a heading over members and the deputies who serve', () => {
  it('reads a label wrapped in its column', () => {
    const r = roles(`PROTOKOLL                                                    1(6)

Plats och tid                 Mötesrum 4, Kommunhuset Östby, kl 13:00-16:20

Beslutande och                Tomas Wik (M), ordförande
tjänstgörande ersättare       Per Strand (M)
                              Leif Sandin (M) tjg. för Agneta Lund (M)
                              Britt Ek (C)

Närvarande ersättare          Anders Moberg (M)

§ 88 Godkännande av dagordning

Dagordningen godkänns.
`);
    expect(r['Tomas Wik']).toEqual(['member', null]);
    expect(r['Per Strand']).toEqual(['member', null]);
    expect(r['Britt Ek']).toEqual(['member', null]);
    expect(r['Leif Sandin']).toEqual(['deputy', 'Agneta Lund']);
    expect(r['Anders Moberg']).toEqual(['deputy', null]);
  });

  it('reads the heading in a page flattened on one line', () => {
    const doc = meetingDoc(
      '1 PROTOKOLL 1(6) Plats och tid Mötesrum 4, Kommunhuset Östby, kl 13:00-16:20 Beslutande och tjänstgörande ersättare ' +
        'Tomas Wik (M), ordförande Per Strand (M) , Leif Sandin (M) tjg. för Agneta Lund (M) Britt Ek (C) Helena Rask (S) ' +
        'Närvarande ersättare Anders Moberg (M) Ulf Hed (L) Övriga deltagande Karin Wall, tf kommunchef\n\n2 PROTOKOLL 2(6) KS 88 Godkännande av dagordning Kommunstyrelsens beslut Dagordningen godkänns.\n',
    );
    const byName = Object.fromEntries((doc.participants ?? []).map((p) => [p.name, p]));
    expect(byName['Helena Rask']?.role).toBe('member');
    expect(byName['Helena Rask']?.roleLabel).toBe('Beslutande och tjänstgörande ersättare');
    expect(byName['Leif Sandin']?.role).toBe('deputy');
    expect(byName['Ulf Hed']?.role).toBe('deputy');
  });
});
