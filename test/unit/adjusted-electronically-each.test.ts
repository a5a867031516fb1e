// Minutes adjusted electronically, each signer's sentence of its own instead of a block of signers: `Anna Ek har justerat
// protokollet elektroniskt`, `Justerat elektroniskt av Per Ås 2023-05-16`. The signer the list names chair signs as
// chair, the others as adjusters; the latest day beside them is the adjusting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('signers who each say they adjusted electronically', () => {
  it('reads `NAME har justerat protokollet elektroniskt`, the chair by the list', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2023-03-14', 'Plats och tid   Kommunhuset, Ekby, kl. 13.00-16.00', '',
        'Beslutande   Anna Ek (S), ordförande', '             Per Ås (M)', '             Lisa Berg (C)', '',
        '§ 1 Budget', 'Nämnden beslutar att godkänna budgeten.', '',
        'Anna Ek har justerat protokollet elektroniskt', 'Per Ås har justerat protokollet elektroniskt', '', 'Mats Rydh, sekreterare',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], adjusters: ['Per Ås'] });
  });

  it('reads `Justerat elektroniskt av NAME DAY` as another body writes it, the latest day the adjusting\'s', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2023-05-10', 'Plats och tid   Stadshuset, Norrby, kl. 18.00-20.00', '',
        'Beslutande   Eva Berg (C), ordförande', '             Olle Sand (S)', '             Lisa Holm (M)', '',
        '§ 1 Budget', 'Nämnden beslutar att godkänna budgeten.', '',
        'Justerat elektroniskt av Eva Berg 2023-05-15', 'Justerat elektroniskt av Olle Sand 2023-05-16', 'Sekreterare   Mats Rydh',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Eva Berg'], adjusters: ['Olle Sand'], adjustedOn: '2023-05-16' });
  });

  it('reads no signer from a sentence about the practice, with no name', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2023-05-10', '', 'Beslutande   Eva Berg (C), ordförande', '             Olle Sand (S)', '',
        '§ 1 Justering', 'Nämnden beslutar att protokollet justeras elektroniskt.', 'Protokollet har tidigare justerats digitalt.',
      ),
    );
    expect(doc.signatures?.adjusters ?? []).toEqual([]);
  });
});
