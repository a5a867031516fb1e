// A block of labels before their values run on in one line, a § range's label among the lists' (`Omfattning
// Beslutande Ersättare Adjungerade Anna Ek (S) ordförande …`) whose range the transcript lost: the range's label takes
// no one, and the first person stays in the first list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (front: string) => meetingDoc(text(front, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('a § range’s label without its range before the lists’ labels', () => {
  const doc = page(
    '1 Plats och tid Norrby, kl Omfattning Beslutande Ersättare Adjungerade Anna Ek (S) ordförande Bo Lind (M) 1-e vice ordförande Tor Sand (C) 2-e vice ordförande Maja Berg (M) Lars Nord (S) Olle Dal (S) Karin Holm (M) Nils Ås (S) Eva Lund (S) Gun Berg (S) Per Holm (FP) Ida Sand (MP) Kim Dal (KD) Lisa Ek (V) Jan Ny (Ortens väl) Övriga Per Ås, förbundsdirektör Lena Berg, förbundssekreterare',
  );

  it('keeps the chair among the members', () => {
    expect(doc.participants.some((p) => p.name === 'Anna Ek')).toBe(true);
  });
});
