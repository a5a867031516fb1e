// Minutes as a municipality's minutes database shows them on the web: labels glued to their
// values (`Utses att justeraMaja Ek`, `Tid för anslag2021-03-22 – 2021-04-13`), signers
// under their signature lines with the role after the name (`Olle Sand, ordförande`), and
// attendance tables whose column heads stand beside and under the list's heading
// (`Ordinarie ledamöterTjgEj tjgJANEJ…`) with the crosses glued to the party (`(C)X`).
// And decisions of an organ of two joined nouns (`Kultur- och fritidsnämnden beslutar`).
// Invented text in a layout met in the `pages` corpus.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const DATABASE_PAGE = [
  'Nämnd:Kultur- och fritidsnämnden',
  'Titel:2021-03-15 Protokoll',
  '',
  'SAMMANTRÄDESPROTOKOLL',
  '',
  'TALLBY KOMMUN',
  '',
  'Nämnd',
  '',
  'Sammanträdesdatum',
  '',
  'Plats och tid',
  'Kultur- och fritidsnämnden',
  '',
  '2021-03-15',
  '',
  'Biblioteket, Stora salen, 13:00 – 16:20',
  'Utses att justeraMaja Ek',
  'Justeringens',
  'plats och tid',
  'Kommunhuset, 2021-03-19, kl. 10:00',
  'Paragrafer21 – 29',
  'Underskrifter_____________________',
  'Olle Sand, ordförande',
  '_____________________',
  'Rut Berg, sekreterare',
  '_____________________',
  'Maja Ek, justerare',
  '------------------------------------------------------------------------',
  'ANSLAG/BEVIS',
  '',
  'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
  '',
  'Nämnd/StyrelseKultur- och fritidsnämnden',
  'Sammanträdesdatum2021-03-15',
  'Tid för anslag2021-03-22 – 2021-04-13',
  'Förvaringsplats',
  'för protokollet',
  'Kommunhuset, Tallby',
  'UnderskriftRut Berg',
  '',
  'Beslutande',
  'Närvaro§§§§',
  'Ordinarie ledamöterTjgEj tjgJANEJJANEJ',
  'Olle Sand (C)X',
  'Lina Holm (C)X',
  'Per Vik (M)X',
  'Maja Ek (V)X',
  '',
  'Ersättare',
  'Närvaro§§§§',
  'TjgEj tjgJANEJJANEJ',
  'Eva Ros (C)X',
  'Nils Dal (S)X',
  '',
  'Övriga närvarande',
  'Anna Falk, förvaltningschef',
  '',
  '§ 21 Val av justerare',
  'Maja Ek (V) utses att justera protokollet.',
  '',
  '§ 22 Verksamhetsplan 2021',
  'Kultur- och fritidsnämnden beslutar att fastställa verksamhetsplanen.',
].join('\n');

describe('minutes from a municipality’s minutes database', () => {
  const doc = meetingDoc(DATABASE_PAGE);

  it('reads the signers under their lines, the role after the name', () => {
    expect(doc.signatures).toMatchObject({
      chair: ['Olle Sand'],
      secretary: ['Rut Berg'],
      adjusters: ['Maja Ek'],
      adjustedOn: '2021-03-19',
      posted: { from: '2021-03-22', to: '2021-04-13' },
      storedAt: 'Kommunhuset, Tallby',
    });
  });

  it('reads the attendance tables under their column heads, and no signer as a participant', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Olle Sand', 'member', 'C'],
      ['Lina Holm', 'member', 'C'],
      ['Per Vik', 'member', 'M'],
      ['Maja Ek', 'member', 'V'],
      ['Eva Ros', 'deputy', 'C'],
      ['Nils Dal', 'deputy', 'S'],
      ['Anna Falk', 'other', null],
    ]);
  });

  it('names the organ of two joined nouns as the decision’s maker', () => {
    expect(doc.items[1]!.decisions).toMatchObject([{ by: 'Kultur- och fritidsnämnden', text: 'Kultur- och fritidsnämnden beslutar att fastställa verksamhetsplanen.' }]);
  });
});
