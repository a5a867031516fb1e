// The attending deputies' label written before the members' (`Ej tjänstgörande ersättare
// Beslutande`), the two labels side by side and the lists run on after them as a web archive
// flattens a front page: the members' list still comes first (its chair, then the substitutes it
// closes on) and the deputies who only attend after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 12 Mötets öppnande', 'Ordföranden öppnar mötet.'];
const roles = (t: string): string[] => meetingDoc(t).participants.map((p) => `${p.name}|${p.role}|${p.roleLabel}|${p.substituteFor ?? ''}`);

describe('attending deputies labelled before the members', () => {
  it('gives the members their list and the deputies the people after the last substitute', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL',
      'Tekniska nämnden 2023-02-07',
      '',
      'Plats och tid Stadshuset, Lilla salen kl. 13:00-15:00 Ej tjänstgörande ersättare Beslutande '
        + 'Anna Lind (S), ordförande Per Ström (L) Kajsa Berg (MP) Olle Dahl (V) Bo Ek (S) ersätter Ulf Ås (S) '
        + 'Greta Holm (S) Nils Vik (M) Övriga deltagande Eva Holm, förvaltningschef Utses att justera Per Ström',
      ...ITEMS,
    );
    // (the people in the order of their labels, as written)
    expect(roles(t)).toEqual([
      'Greta Holm|deputy|Ej tjänstgörande ersättare|',
      'Nils Vik|deputy|Ej tjänstgörande ersättare|',
      'Anna Lind|member|Beslutande|',
      'Per Ström|member|Beslutande|',
      'Kajsa Berg|member|Beslutande|',
      'Olle Dahl|member|Beslutande|',
      'Bo Ek|deputy|Beslutande|Ulf Ås',
      'Eva Holm|other|Övriga deltagande|',
    ]);
  });

  it('reads no member as a deputy who only attends where the run holds the members alone', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL',
      'Tekniska nämnden 2023-02-07',
      '',
      'Plats och tid Stadshuset kl. 13:00-15:00 Ej tjänstgörande ersättare Beslutande '
        + 'Anna Lind (S), ordförande Per Ström (L) Kajsa Berg (MP) Olle Dahl (V) Bo Ek (S) ersätter Ulf Ås (S) '
        + 'Övriga deltagande Eva Holm, förvaltningschef Utses att justera Per Ström',
      ...ITEMS,
    );
    const people = meetingDoc(t).participants;
    expect(people.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Anna Lind', 'Per Ström', 'Kajsa Berg', 'Olle Dahl']);
  });
});
