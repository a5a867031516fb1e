// The footer of Swedish-language Finnish and Åland minutes: the adjusters' marks and the
// clerk's certificate that an extract is true, in columns of one row at a page's foot
// (`Justerarnas signaturer   Utdragets riktighet bestyrkes`, `Protokolljusterarnas initialer
// Utdragets riktighet intygar`) — the Finnish counterpart of `Justerandes sign
// Utdragsbestyrkande`. Known by its words, it is furniture on the only page it stands on too,
// no part of the § above it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (footer: string) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 14.10.2026', '',
      '§ 135 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET', 'Kommunstyrelsen konstaterades lagligen sammankallad och beslutför.', '',
      '§ 136 PROTOKOLLETS JUSTERING', 'Till protokolljusterare valdes Tora Björkvik och Nils Fagerholm.', '',
      footer,
    ),
  );

describe('an extract`s certificate in a page`s footer', () => {
  it.each([
    'Justerarnas signaturer          Utdragets riktighet bestyrkes',
    'Protokolljusterarnas initialer          Utdragets riktighet intygar',
    'Protokolljusterarnas signaturer     Utdragets/kopians riktighet styrks',
  ])('%s is no part of the § above it', (footer) => {
    expect(item(doc(footer), 136).text).toBe('Till protokolljusterare valdes Tora Björkvik och Nils Fagerholm.');
  });
});
