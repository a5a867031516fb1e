// Front pages of municipal minutes as sharing sites transcribe them, one page a line: the
// lists run on with commas (`… Leif Alm (V) 122, Övriga närvarande Ersättare …`), labels
// written with a point (`Plats och tid. Ekrummet`), officials listed by profession
// (`planarkitekt Elvira Sand 58`), and signers' labels with leaders over a label without
// its value (`Sekreterare... Paragrafer Britt Ås`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): string[][] =>
  // (the note, or the §§ attended where a bare number was read as them: `170` → `170-170`)
  doc.participants.map((p) => [p.name, p.role, p.party ?? '', p.position ?? '', p.note ?? (p.paragraphs ? `${p.paragraphs.from}-${p.paragraphs.to}` : '')]);

describe('a transcribed front page of lists run on with commas', () => {
  const doc = meetingDoc(
    '1 Sida 1 (36) Plats och tid. Ekrummet, stadshuset kl. 08:45-14:52 Beslutande Ledamöter Göran Berg (S), ' +
      'Maja Holm (S) och Nils Sand (FP). Tjänstgörande ersättare Susanne Björk (KD) ersätter Jonny Lind (KD) , ' +
      'Helena Nord (V) ersätter Leif Alm (V) 122, Övriga närvarande Ersättare Roger Ås (S) och Karin Borg (M). ' +
      'Tjänstemän Kommundirektör Olle Frid, kommunsekreterare Sanna Mal, ekonom Anna-Karin Wik 57, , ' +
      'planarkitekt Elvira Sand 58, rektor Erik Ring, ekonomichef Lena Ceder 61. Justering Justerande Plats och tid ' +
      'Nils Sand (FP) Paragrafer Underskrifter Sekreterare Ordförande Justerande Sanna Mal Göran Berg (S) Nils Sand (FP)\n',
  );

  it('reads the place after a label written with a point', () => {
    expect(doc.meeting).toMatchObject({ location: 'Ekrummet, stadshuset', startTime: '08:45', endTime: '14:52' });
  });

  it('starts the next list at a heading after a comma, and reads officials by their profession', () => {
    expect(who(doc)).toEqual([
      ['Göran Berg', 'member', 'S', '', ''],
      ['Maja Holm', 'member', 'S', '', ''],
      ['Nils Sand', 'member', 'FP', '', ''],
      ['Susanne Björk', 'deputy', 'KD', '', ''],
      ['Helena Nord', 'deputy', 'V', '', '122-122'],
      ['Roger Ås', 'deputy', 'S', '', ''],
      ['Karin Borg', 'deputy', 'M', '', ''],
      ['Olle Frid', 'other', '', 'kommundirektör', ''],
      ['Sanna Mal', 'other', '', 'kommunsekreterare', ''],
      ['Anna-Karin Wik', 'other', '', 'ekonom', '57-57'],
      ['Elvira Sand', 'other', '', 'planarkitekt', '58-58'],
      ['Erik Ring', 'other', '', 'rektor', ''],
      ['Lena Ceder', 'other', '', 'ekonomichef', '61-61'],
    ]);
  });
});

describe('signers with leaders over a label left without its value', () => {
  it('keeps the label out of the secretary’s name', () => {
    const doc = meetingDoc(
      '1 Plats och tid Ekrummet, Förvaltningshuset, Tallby klockan 8:30-12:15 Beslutande: Håkan Berg (S) Stig Ek (M) ' +
        'Sofia Dahl (M), ersättare för Ingrid Sand (C) Utses att justera Sofia Dahl Justeringens plats och tid Kommunkansliet, ' +
        'Tallby Underskrifter Sekreterare... Paragrafer Britt Ås Ordförande... Håkan Berg Justerande... Sofia Dahl\n',
    );
    expect(doc.signatures).toMatchObject({ chair: ['Håkan Berg'], secretary: ['Britt Ås'], adjusters: ['Sofia Dahl'] });
  });
});
