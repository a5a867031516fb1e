// One list headed `Beslutande och tjänstgörande ersättare` (also wrapped in a narrow label column, `Beslutande och` /
// `tjänstgörande ersättare`, or flattened with the whole page on one line): its people are members, and only those
// marked as serving for somebody (`tjg. för Dan Björk (M)`) are deputies. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const roles = (text: string) => Object.fromEntries((meetingDoc(text).participants ?? []).map((p) => [p.name, [p.role, p.substituteFor]]));

describe('a heading over members and the deputies who serve', () => {
  it('reads a label wrapped in its column', () => {
    const r = roles(`PROTOKOLL                                                    1(6)

Plats och tid                 Mötesrum 12, Kommunhuset Östby, kl 09:00-12:10

Beslutande och                Mikael Berg (M), ordförande
tjänstgörande ersättare       Dan Björk (M)
                              Lars Mörn (M) tjg. för Kajsa Nilén (M)
                              Ingela Nord (C)

Närvarande ersättare          Erik Karl (M)

§ 125 Godkännande av dagordning

Dagordningen godkänns.
`);
    expect(r['Mikael Berg']).toEqual(['member', null]);
    expect(r['Dan Björk']).toEqual(['member', null]);
    expect(r['Ingela Nord']).toEqual(['member', null]);
    expect(r['Lars Mörn']).toEqual(['deputy', 'Kajsa Nilén']);
    expect(r['Erik Karl']).toEqual(['deputy', null]);
  });

  it('reads the heading in a page flattened on one line', () => {
    const doc = meetingDoc(
      '1 PROTOKOLL 1(6) Plats och tid Mötesrum 12, Kommunhuset Östby, kl 09:00-12:10 Beslutande och tjänstgörande ersättare ' +
        'Mikael Berg (M), ordförande Dan Björk (M) , Lars Mörn (M) tjg. för Kajsa Nilén (M) Ingela Nord (C) Paula Ört (S) ' +
        'Närvarande ersättare Erik Karl (M) Tore Bergh (L) Övriga deltagande Björn Jär, tf kommunchef\n\n2 PROTOKOLL 2(6) KS 125 Godkännande av dagordning Kommunstyrelsens beslut Dagordningen godkänns.\n',
    );
    const byName = Object.fromEntries((doc.participants ?? []).map((p) => [p.name, p]));
    expect(byName['Paula Ört']?.role).toBe('member');
    expect(byName['Paula Ört']?.roleLabel).toBe('Beslutande och tjänstgörande ersättare');
    expect(byName['Lars Mörn']?.role).toBe('deputy');
    expect(byName['Tore Bergh']?.role).toBe('deputy');
  });
});
