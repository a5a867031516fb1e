// Officials listed position first, each entry `position Name`, parted by commas, flattened onto the front page's line
// after their list's label: `Övriga deltagande Sekreterare Eva Ek, tf. förvaltningschef Ola Berg, samordnande ekonom
// Per Ås 21-24, områdeschef Siv Dal`. The first position is a signer's word (`Sekreterare`), which opens the list as
// its first entry's position and is no signer's label; a position qualified by a word in -ande (`samordnande ekonom`)
// is a position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text(
  'SAMMANTRÄDESPROTOKOLL', 'Omsorgsnämnden 2019-03-12', '', front, '', '§ 17 Fastställande av dagordning', 'Dagordningen fastställs.',
  '', '§ 26 Information', 'Informationen noteras.',
));
const others = (front: string) => doc(front).participants.filter((p) => p.role === 'other').map((p) =>
  `${p.name}|${p.position ?? '-'}|${p.paragraphs ? `${p.paragraphs.from}-${p.paragraphs.to}` : '-'}`);

const MEMBERS = 'Beslutande Anna Berg (S) ordförande, Per Ek (M), Lars Holm (C) Ersättare Olle Dal (S), Maja Sand (M), ';
const SIGNERS = ' Utses att justera Per Ek (M) Justeringens plats och tid Förvaltningen Underskrifter Sekreterare Karin Ås Paragrafer 17-26 Ordförande Anna Berg (S) Justerande Per Ek (M)';

describe('officials position first, parted by commas', () => {
  it('a signer\'s word opening the list is its first entry\'s position', () => {
    expect(others(`${MEMBERS}Övriga deltagande Sekreterare Karin Ås, tf. förvaltningschef Johan Lund, avdelningschef äldreomsorg Sara Nord, områdeschef Ida Holm${SIGNERS}`)).toEqual([
      'Karin Ås|sekreterare|-', 'Johan Lund|tf. förvaltningschef|-', 'Sara Nord|avdelningschef äldreomsorg|-', 'Ida Holm|områdeschef|-',
    ]);
  });

  it('a chair\'s word opening the members\' list is its first entry\'s position', () => {
    const d = doc(`Beslutande Ordförande Anna Berg (S), vice ordförande Per Ek (M), Lars Holm (C), Eva Lind (KD) Övriga deltagande Karin Ås, sekreterare${SIGNERS}`);
    expect(d.participants.filter((p) => p.role === 'member').map((p) => `${p.name}|${p.position ?? '-'}`)).toEqual([
      'Anna Berg|ordförande', 'Per Ek|vice ordförande', 'Lars Holm|-', 'Eva Lind|-',
    ]);
    expect(d.signatures?.chair).toEqual(['Anna Berg']);
  });

  it('a position qualified by a word in -ande, the §§ after the name', () => {
    expect(others(`${MEMBERS}Övriga deltagande Nämndsekreterare Karin Ås, samordnande ekonom Nils Berg 21-24, områdeschef Ida Holm 17-18${SIGNERS}`)).toEqual([
      'Karin Ås|nämndsekreterare|-', 'Nils Berg|samordnande ekonom|21-24', 'Ida Holm|områdeschef|17-18',
    ]);
  });
});
