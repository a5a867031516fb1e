// Officials printed as a table with each row's position first, flattened by a web archive onto
// one line without separators (`Övriga deltagande Nämndsekreterare Emir Kadri Tf. socialchef
// Lisa Bodin 63-68, 70, Administrativ chef Tore Nyqvist …`): each person with the position
// written before their name, and the §§ after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (officials: string): string =>
  '1 Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2020-06-16 Sid 1 (18) Plats och tid Beslutande Blå rummet, Socialförvaltningen, ' +
  `Norrby, kl.09:00-13:40 Enligt särskild närvarolista Övriga deltagande ${officials} Utses att justera Anna-Lena Söder (M) ` +
  'Justeringens plats och tid Socialkontoret, Norrby, 2020-06-18, kl. 13:55 Underskrifter Paragrafer 63-75 Sekreterare Emir Kadri ' +
  'Ordförande Justerande Lisa Nord (S) Anna-Lena Söder (M)\n2 Socialnämnden § 63 Fastställande av dagordning Socialnämnden beslutar att fastställa dagordningen.\n';

const who = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.position, p.paragraphs, p.note]);

describe('officials with their positions first, run on without separators', () => {
  it('gives each person the position before their name and the §§ after it', () => {
    expect(
      who(page('Nämndsekreterare Emir Kadri Tf. socialchef Lisa Bodin 63-68, 70, Individ- och familjeomsorgschef Yvonne Wall Administrativ chef Tore Nyqvist Verksamhetsområdeschef hemvård Johan Stein 69 Utredare Oskar Juhl')),
    ).toEqual([
      ['Emir Kadri', 'other', 'nämndsekreterare', null, null],
      ['Lisa Bodin', 'other', 'tf. socialchef', { from: 63, to: 70 }, '63-68, 70'],
      ['Yvonne Wall', 'other', 'individ- och familjeomsorgschef', null, null],
      ['Tore Nyqvist', 'other', 'administrativ chef', null, null],
      ['Johan Stein', 'other', 'verksamhetsområdeschef hemvård', { from: 69, to: 69 }, null],
      ['Oskar Juhl', 'other', 'utredare', null, null],
    ]);
  });

  it('leaves a list parted by commas to the list’s reader', () => {
    expect(who(page('Nämndsekreterare Emir Kadri, ekonom Lisa Bodin 66, utredare Oskar Juhl'))).toEqual([
      ['Emir Kadri', 'other', 'nämndsekreterare', null, null],
      ['Lisa Bodin', 'other', 'ekonom', { from: 66, to: 66 }, null],
      ['Oskar Juhl', 'other', 'utredare', null, null],
    ]);
  });
});
