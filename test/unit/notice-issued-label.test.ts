// `KALLELSESIDA Utfärdad 14.01.2015 Sammanträdestid …`: the day a notice was issued under its own label (`Utfärdad`,
// `Utfärdat den`, `Kallelsen utfärdad den`), on the notice page of Åland's and Swedish-language Finnish minutes run
// on in one line. The label is the front page's, not more of the title nor of the place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const notice = (head: string) =>
  parseText(
    [
      `1 ${head} Sammanträdestid ; 21.01.2015, kl.19 - Sammanträdesplats; Ekö kommunkansli, Byn 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN. 4. ÄRENDEN TILL KÄNNEDOM. Ordförande Lars Holm enligt uppdrag Per Ek, kom.dir.`,
    ].join('\n'),
  ).documents[0]!;

describe('the notice page issued under its label', () => {
  it('keeps Utfärdad and its day out of the title', () => {
    const doc = notice('KALLELSESIDA Utfärdad 14.01.2015');
    expect([doc.kind, doc.title, doc.meeting!.date]).toEqual(['notice', 'KALLELSESIDA', '2015-01-21']);
  });

  it('so too Utfärdat den with its day left blank', () => {
    const doc = notice('KALLELSESIDA Utfärdat den');
    expect([doc.kind, doc.title]).toEqual(['notice', 'KALLELSESIDA']);
  });
});
