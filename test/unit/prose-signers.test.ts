// Minutes posted as a web page name their chair and secretary in a sentence under a heading,
// not under signature labels: `Att jämte ordförande … justera dagens protokoll valdes …
// Sekreterare är …`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('signers named in prose on the front page', () => {
  it('reads the chair beside whom the adjuster signs, and the secretary', () => {
    const doc = meetingDoc(
      text(
        'Direktionens protokoll 14 mars 2025', '',
        'Närvarande', '',
        'Direktionens ledamöter', 'Karin Lövgren (S), ordförande', 'Nils Berg (M), vice ordförande', 'Eva Sandström (C)', '',
        'Övriga deltagare', 'Lars Nyström, förbundschef', 'Anna Vik, administratör', '',
        'Justering och sekreterare',
        'Att jämte ordförande Karin Lövgren justera dagens protokoll valdes Eva Sandström. Sekreterare är Anna Vik.', '',
        '12 § Sammanträdets öppnande och val av justeringsperson', '',
        'Ordföranden öppnade mötet.', '', 'Till justeringsperson valdes Eva Sandström.', '',
        '13 § Föregående protokoll', '', 'Protokollet lades till handlingarna.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Karin Lövgren'], secretary: ['Anna Vik'], adjusters: ['Eva Sandström'] });
  });

  it('takes no name from a sentence that only mentions the offices', () => {
    const doc = meetingDoc(
      text(
        'Protokoll styrelsen 2025-05-02', '',
        'Närvarande', 'Eva Ek (S), ordförande', 'Per Ås (M)', '',
        'Sekreterare är förbundets administratör. Protokollet justeras jämte ordföranden av Per Ås.', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.signatures?.chair ?? []).toEqual([]);
    expect(doc.signatures?.secretary ?? []).toEqual([]);
  });
});
