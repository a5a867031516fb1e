// A front page flattened onto one line whose list of members says who did not take part in a §: `Anders Falk (S) ej § 53
// Ylva Storm (MP)`. After `ej` the § is an attendance note, never the heading of an item: the list, the signers and the
// items stay as they are. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('`ej § N` in a flattened list of members', () => {
  it('is no item heading', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2015-04-16 Plats och tid Lilla salen, Kommunhuset kl 13.00-17.00 Beslutande Olof Brandt (L), ordförande ' +
          'Sara Nyström (L) Kent Larsson (M) Anders Falk (S) ej § 53 Ylva Storm (MP) Övriga närvarande Lena Gran, kommunchef Utses att justera Sara Nyström (L) ' +
          'Justeringens plats och tid Kommunhuset 2015-04-21, kl 15.00 Underskrifter Sekreterare Maria Sten Ordförande Olof Brandt (L) Justerare Sara Nyström (L)',
        '',
        '§ 52 Val av protokolljusterare',
        'Sara Nyström (L) utses att justera protokollet jämte ordföranden.',
        '',
        '§ 53 Markanvisning',
        'Kommunstyrelsen godkänner markanvisningen.',
      ),
    );
    expect(doc.items.map((it) => it.number)).toEqual([52, 53]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Olof Brandt', 'Sara Nyström', 'Kent Larsson', 'Anders Falk', 'Ylva Storm', 'Lena Gran']);
    expect(doc.signatures).toMatchObject({ chair: ['Olof Brandt'], secretary: ['Maria Sten'], adjusters: ['Sara Nyström'] });
  });
});
