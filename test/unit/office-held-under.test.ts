// Åland's rolls name the office a member held for some §§ after the member's seat (`Berg Oskar, vice ordförande,
// ordförande under 33,`, `Eva Strand, vice ordförande, ordförande under 30 Anna Lind`): the position is the seat,
// the office held under the §§ a note, and the §§ are not the §§ attended. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const person = (t: string, name: string): unknown[] => {
  const p = meetingDoc(t).participants.find((q) => q.name === name)!;
  return [p.position, p.note, p.paragraphs];
};

describe('an office held under some §§ after the seat', () => {
  it('is a note, in a roll written surname first with commas', () => {
    const t =
      'SAMMANTRÄDESPROTOKOLL\n1 NORRVIKS KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen 3.3.2026 4 Sammanträdestid Sammanträdesplats Beslutande kl. 17:00 19.00. ' +
      'Kommunkansliet Holm Agnes, ordförande, Berg Oskar, vice ordförande, ordförande under 33, Dahl Frida, Ek Viktor. ' +
      'Övriga närvarande Strand Lovisa, kommunsekreterare.\n§ 33 Val av justerare\nKommunstyrelsen utser Dahl Frida att justera protokollet.\n';
    expect(person(t, 'Berg Oskar')).toEqual(['vice ordförande', 'ordförande under 33', null]);
    expect(person(t, 'Holm Agnes')).toEqual(['ordförande', null, null]);
  });

  it('is a note, in a roll run on without commas, a range declared', () => {
    const t = [
      'Sammanträdesprotokoll',
      'Sammanträdesdatum Nr Paragrafer 14.3.2019 3 22-35',
      'Plats och tid Kommunkansliet i Bergö, kl. 18:00-20:10',
      'Beslutande Lisa Holm, ordförande Eva Strand, vice ordförande, ordförande under 30 Anna Lind',
    ].join('\n');
    expect(person(t, 'Eva Strand')).toEqual(['vice ordförande', 'ordförande under 30', null]);
  });

  it('leaves a position with no office after it alone', () => {
    const t = [
      'Sammanträdesprotokoll',
      'Plats och tid Kommunkansliet i Bergö, kl. 18:00-20:10',
      'Beslutande Lisa Holm, ordförande Eva Strand, vice ordförande Anna Lind',
    ].join('\n');
    expect(person(t, 'Eva Strand')).toEqual(['vice ordförande', null, null]);
  });
});
