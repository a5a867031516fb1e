// Front pages of municipal minutes as sharing sites transcribe them, one page a line: the
// lists run on with commas (`… Bo Alm (V) 170, Övriga närvarande Ersättare …`), labels
// written with a point (`Plats och tid. Ekrummet`), officials listed by profession
// (`planarkitekt Amelie Sand 165`), and signers' labels with leaders over a label without
// its value (`Sekreterare... Paragrafer Britt Ås`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): string[][] =>
  // (the note, or the §§ attended where a bare number was read as them: `170` → `170-170`)
  doc.participants.map((p) => [p.name, p.role, p.party ?? '', p.position ?? '', p.note ?? (p.paragraphs ? `${p.paragraphs.from}-${p.paragraphs.to}` : '')]);

describe('a transcribed front page of lists run on with commas', () => {
  const doc = meetingDoc(
    '1 Sida 1 (41) Plats och tid. Ekrummet, stadshuset kl. 09:00-15:17 Beslutande Ledamöter Kjell Berg (S), ' +
      'Kajsa Holm (S) och Pär Sand (FP). Tjänstgörande ersättare Annika Björk (KD) ersätter Tommy Lind (KD) , ' +
      'Cristina Nord (V) ersätter Bo Alm (V) 170, Övriga närvarande Ersättare Kenneth Ås (S) och Anna Borg (M). ' +
      'Tjänstemän Kommundirektör Jan Frid, kommunsekreterare Linda Mal, ekonom Ann-Charlotte Wik 164, , ' +
      'planarkitekt Amelie Sand 165, rektor Olof Ring, ekonomichef Anna Ceder 169. Justering Justerande Plats och tid ' +
      'Pär Sand (FP) Paragrafer Underskrifter Sekreterare Ordförande Justerande Linda Mal Kjell Berg (S) Pär Sand (FP)\n',
  );

  it('reads the place after a label written with a point', () => {
    expect(doc.meeting).toMatchObject({ location: 'Ekrummet, stadshuset', startTime: '09:00', endTime: '15:17' });
  });

  it('starts the next list at a heading after a comma, and reads officials by their profession', () => {
    expect(who(doc)).toEqual([
      ['Kjell Berg', 'member', 'S', '', ''],
      ['Kajsa Holm', 'member', 'S', '', ''],
      ['Pär Sand', 'member', 'FP', '', ''],
      ['Annika Björk', 'deputy', 'KD', '', ''],
      ['Cristina Nord', 'deputy', 'V', '', '170-170'],
      ['Kenneth Ås', 'deputy', 'S', '', ''],
      ['Anna Borg', 'deputy', 'M', '', ''],
      ['Jan Frid', 'other', '', 'kommundirektör', ''],
      ['Linda Mal', 'other', '', 'kommunsekreterare', ''],
      ['Ann-Charlotte Wik', 'other', '', 'ekonom', '164-164'],
      ['Amelie Sand', 'other', '', 'planarkitekt', '165-165'],
      ['Olof Ring', 'other', '', 'rektor', ''],
      ['Anna Ceder', 'other', '', 'ekonomichef', '169-169'],
    ]);
  });
});

describe('signers with leaders over a label left without its value', () => {
  it('keeps the label out of the secretary’s name', () => {
    const doc = meetingDoc(
      '1 Plats och tid Ekrummet, Förvaltningshuset, Tallby klockan 9:00-13:40 Beslutande: Roland Berg (S) Lars Ek (M) ' +
        'Marie Dahl (M), ersättare för Helena Sand (C) Utses att justera Marie Dahl Justeringens plats och tid Kommunkansliet, ' +
        'Tallby Underskrifter Sekreterare... Paragrafer Britt Ås Ordförande... Roland Berg Justerande... Marie Dahl\n',
    );
    expect(doc.signatures).toMatchObject({ chair: ['Roland Berg'], secretary: ['Britt Ås'], adjusters: ['Marie Dahl'] });
  });
});
