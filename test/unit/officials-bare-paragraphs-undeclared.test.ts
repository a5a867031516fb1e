// Officials with the §§ they attended as bare numbers after their position (`Lena Ek, ekonom,
// 65-66,`, `Maria Sund, socialchef, 68`) on a flattened front page whose `Paragrafer` was left
// empty: the numbers lie among the minutes' own numbered §§, so they are the §§ attended;
// numbers outside them stay notes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (officials: string): string =>
  '1 (22) Plats och tid för sammanträdet Beslutande Övriga deltagare Kommunkontoret, rum Tallen, onsdag den 12 april 2023, kl 13.00-16.00 ' +
  `Åsa Norrby, s, ordförande Per Lundkvist, m Karin Holm, v ${officials} ` +
  'Justeringens plats Kommunkontoret, onsdag den 19 april 2023 kl 10.00 och tid Paragrafer Underskrifter Sekreterare Ordförande Justerande ' +
  'Olle Berg Åsa Norrby Karin Holm\n' +
  ['64 Val av justerare', '65 Budget', '66 Plan', '67 Taxa', '68 Avfall'].map((t) => `§ ${t}\nKommunstyrelsen beslutar att godkänna förslaget.\n`).join('');

const officials = (t: string) => meetingDoc(t).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.paragraphs, p.note]);

describe('bare §§ after an official’s position, no range declared', () => {
  it('are the §§ attended where the minutes’ items hold them', () => {
    expect(officials(page('Olle Berg, kommunchef Lena Ek, ekonom, 65-66, Maria Sund, socialchef, 68 Tor Lind, planarkitekt, 66'))).toEqual([
      ['Olle Berg', 'kommunchef', null, null],
      ['Lena Ek', 'ekonom', { from: 65, to: 66 }, null],
      ['Maria Sund', 'socialchef', { from: 68, to: 68 }, null],
      ['Tor Lind', 'planarkitekt', { from: 66, to: 66 }, null],
    ]);
  });

  it('stay notes outside them', () => {
    expect(officials(page('Olle Berg, kommunchef Lena Ek, ekonom, 12'))).toEqual([
      ['Olle Berg', 'kommunchef', null, null],
      ['Lena Ek', 'ekonom', null, '12'],
    ]);
  });
});
