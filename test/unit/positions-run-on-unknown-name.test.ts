// Officials flattened onto one line, each position before the name (`Nämndsekreterare Zorvan Qeltrik Tf. socialchef
// Lisa Bodin …`), where the first person's given name is none the lexicon knows: two capitalised words between a
// position's word and the next position's are still that person, not part of the next person's position. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (others: string): string =>
  `Socialnämnden SAMMANTRÄDESPROTOKOLL\nPlats och tid Rådhuset, Ekby, kl.09:00-13:40\nBeslutande Enligt särskild närvarolista\nÖvriga deltagande ${others}\nUtses att justera Anna Berg (M)\n\n§ 63 Val av justerare\nAnna Berg utses.\n`;

const who = (t: string) => meetingDoc(t).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation]);

describe('a position-first run of officials with an unknown given name', () => {
  it('reads the unknown name as its own person', () => {
    expect(who(minutes('Nämndsekreterare Zorvan Qeltrik Tf. socialchef Lisa Bodin Administrativ chef Tore Nyqvist Utredare Oskar Juhl'))).toEqual([
      ['Zorvan Qeltrik', 'nämndsekreterare', null],
      ['Lisa Bodin', 'tf. socialchef', null],
      ['Tore Nyqvist', 'administrativ chef', null],
      ['Oskar Juhl', 'utredare', null],
    ]);
  });
});
