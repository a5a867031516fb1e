// Åland's signing grid flattened onto one line: an adjuster whose given name the lexicon lacks stands in a slot that
// holds signers' names, after the posting's day (`… påseende Carita Lind Viksund den 30 april 2023 Wiremu Sand-Holm`)
// or as the last of the names after the adjusting's day (`Protokolljustering Ekö den 12 februari 2018 Tobias Åkerman
// Olle Sand Okke Ek`). The slot and the roll above it (`x Sand-Holm Wiremu`, `Ek Okke.`) say the words are
// a person's; the given name alone does not. Every text is invented.
import { describe, expect, it } from 'vitest';
import { ITEMS, meetingDoc, parseText, text } from './helpers.js';

const rollThen = (signing: string): string =>
  text(
    'VIKSUNDS KOMMUN PROTOKOLL Nr 4/2023 Kommunstyrelsen Sammanträdestid 14.3.2023 kl. 17.00 Sammanträdesplats Kommungården Beslutande x Holm Anna, ordf. x Lind Carita x Sand-Holm Wiremu x Sjöberg Okke Övriga närvarande x Wik Ida, kommundirektör, sekreterare Paragrafer ' +
      signing,
    '',
    ...ITEMS,
  );

describe('a signer the roll names, in a slot of the signing grid', () => {
  it('takes the adjuster after the posting day', () => {
    const doc = meetingDoc(
      rollThen(
        'Underskrifter Ordförande Sekreterare Anna Holm Protokolljustering Viksund den 16 mars 2023 Ida Wik Protokollet framlagt till påseende Carita Lind Viksund den 20 mars 2023 Wiremu Sand-Holm Intygar Utdragets riktighet bestyrkes',
      ),
    );
    expect(doc.signatures!.adjusters).toEqual(['Carita Lind', 'Wiremu Sand-Holm']);
    expect(doc.signatures!.posted!.from).toBe('2023-03-20');
  });

  it('takes the last of the names after the adjusting day', () => {
    const result = parseText(
      text(
        '1 EKÖ KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande kl. 16:00 18:00. Kommunkansliet Holm Lars, ordförande, Berg Karin, vice ordförande, Sand Olle, Lind Maria, Ek Okke. Frånvarande Övriga närvarande Strand Per, kommundirektör, Åkerman Tobias, tf. kommunsekreterare, sekreterare. Paragrafer Ekö den 12 februari 2018 Lars Holm Protokolljustering Ekö den 12 februari 2018 Tobias Åkerman Olle Sand Okke Ek Protokollet framlagt till påseende Kommunkansliet i Ekö den 15 februari 2018 Tf. kommunsekreterare Utdragets riktighet bestyrker Ekö / 201_ Tobias Åkerman',
        '',
        '2 EKÖ KOMMUN SAMMANTRÄDESKALLELSE Organ Utfärdad Kommunstyrelsen Sammanträdestid Sammanträdesplats kl. 16:00 Kommunkansliet Ärenden: 20 Sammanträdets konstituerande 21 Anmälningsärenden',
      ),
    );
    const s = result.documents[0]!.signatures!;
    expect([s.chair, s.secretary, s.adjusters]).toEqual([['Lars Holm'], ['Tobias Åkerman'], ['Olle Sand', 'Okke Ek']]);
  });

  it('leaves words the roll does not name', () => {
    const doc = meetingDoc(
      rollThen(
        'Underskrifter Ordförande Sekreterare Anna Holm Protokolljustering Viksund den 16 mars 2023 Ida Wik Protokollet framlagt till påseende Carita Lind Viksund den 20 mars 2023 Wiremu Tane Intygar Utdragets riktighet bestyrkes',
      ),
    );
    expect(doc.signatures!.adjusters).toEqual(['Carita Lind']);
  });
});
