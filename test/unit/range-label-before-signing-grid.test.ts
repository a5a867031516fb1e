// A page a transcript flattened to one line (Åland's minutes), the §§' label left empty and stuck to the end of the
// last participants' list, the signers' grid after it: `… socialchef, 21, kl. 16:00-17:00. Paragrafer Alsby den 12
// februari 2018 Anna Holm Protokolljustering …`. The label after the list's point was no label, so the grid ran on in
// the list: the list was lost and the chair unread. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (grid: string) =>
  meetingDoc(
    text(
      `ALSBY KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande Frånvarande Övriga närvarande 12.2.2018 kl. 16:00 19:30. Kommunkansliet Holm Anna, ordförande, Lind Carita, vice ordförande, Sjöberg Dan, Ek Per, Nord Lisa, Wik Arsim, kommundirektör, Berg Eva, tf. kommunsekreterare, sekreterare, Dal Olle, socialchef, 21, kl. 16:00-17:00. ${grid} Protokolljustering Alsby den 12 februari 2018 Per Ek Lisa Nord Protokollet framlagt till påseende Kommunkansliet i Alsby den 15 februari 2018 Tf. kommunsekreterare Utdragets riktighet bestyrker Alsby / 201_ Eva Berg`,
      '',
      '§ 20 Sammanträdets konstituerande',
      'Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.',
      '§ 21 Budget 2018',
      'Kommunstyrelsen godkänner budgeten.',
    ),
  );

describe('the §§ label, empty, before the signing grid after a list', () => {
  it('`… kl. 16:00-17:00. Paragrafer Alsby den 12 februari 2018 Anna Holm`: the chair is read, the list keeps its last person', () => {
    const doc = minutes('Paragrafer Alsby den 12 februari 2018 Anna Holm');
    expect(doc.signatures?.chair).toEqual(['Anna Holm']);
    expect(doc.participants.find((p) => p.name === 'Dal Olle')?.position).toBe('socialchef');
  });

  it('`Paragrafer Alsby den … Anna Holm Carita Lind Eva Berg`: the chairs and the secretary', () => {
    const s = minutes('Paragrafer Alsby den 12 februari 2018 Anna Holm Carita Lind Eva Berg').signatures;
    expect([s?.chair, s?.secretary]).toEqual([['Anna Holm', 'Carita Lind'], ['Eva Berg']]);
  });
});
