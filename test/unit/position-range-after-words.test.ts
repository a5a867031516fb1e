// Officials run on name first, position after, where a position of lower-case words ends in the §§ the
// person attended (`Eva Alm Sektorchef kost- och städ 51-52, Lars Falk Nämndsekreterare`): the §§ are that
// person's, never the position's words, as they are after a position of one word or a department's capital.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (officials: string): string =>
  '1 Tekniska nämnden Sammanträdesdatum Sida 1(12) Plats och tid Kommunhuset, Norrby, kl Beslutande Anna Berg (S) Per Lind (M) ' +
  `Karin Sjö (C) Övriga deltagande Tjänstemän ${officials} Utses att justera Per Lind (M) Justeringens plats och tid ` +
  'Tekniska förvaltningen Underskrifter Sekreterare Paragrafer 50-58 Lars Falk Ordförande Anna Berg Justerande Per Lind\n' +
  '2 Tekniska nämnden § 50 Val av justerare Nämnden utser Per Lind att justera protokollet.\n';

const officials = (t: string) =>
  meetingDoc(t).participants.filter((p) => p.role !== 'member').map((p) => [p.name, p.position, p.paragraphs]);

describe('a run-on official whose lower-case position ends in the §§ attended', () => {
  it('gives the §§ to the person, not to the position', () => {
    expect(officials(page('Olof Berg Förvaltningschef Eva Alm Sektorchef kost- och städ 51-52, Mats Ring Sektorchef gata/park 56-58, Lars Falk Nämndsekreterare'))).toEqual([
      ['Olof Berg', 'förvaltningschef', null],
      ['Eva Alm', 'sektorchef kost- och städ', { from: 51, to: 52 }],
      ['Mats Ring', 'sektorchef gata/park', { from: 56, to: 58 }],
      ['Lars Falk', 'nämndsekreterare', null],
    ]);
  });
});
