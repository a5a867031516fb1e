// A notice run on in one line, signed after its last point and before the sentence that says where it was posted
// (`… 45 ÄRENDEN TILL KÄNNEDOM Eva Strand, förbundsstyrelsens ordförande Denna möteskallelse har utfärdats samt
// anslagits …`): the chair, named with the organ's role after a comma, or after the role's label and before the one
// who signs on the chair's behalf (`Ordförande Eva Strand enligt uppdrag Olle Berg, kom.dir. Denna möteskallelse …`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const notice = (closing: string) =>
  parseText(
    `KALLELSE Nr 6 Tid Fredagen den kl Plats Ekö kansli Ärenden: 39 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 40 PROTOKOLLJUSTERARE 41 GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 42 BUDGET 2019 43 ÄRENDEN TILL KÄNNEDOM ${closing} Protokollet är framlagt till påseende vid kansliet Intygar Olle Berg, förbundsdirektör`,
  ).documents[0]!;

describe('the signer before the posting sentence of a notice run on', () => {
  it('reads the chair named before Denna möteskallelse', () => {
    const doc = notice('Eva Strand, förbundsstyrelsens ordförande Denna möteskallelse har utfärdats samt anslagits på förbundets anslagstavla under');
    expect(doc.kind).toBe('notice');
    expect(doc.signatures?.chair).toEqual(['Eva Strand']);
    expect(doc.items.at(-1)!.title).toBe('ÄRENDEN TILL KÄNNEDOM');
  });

  it('reads the chair before the one who signs on their behalf (`enligt uppdrag`)', () => {
    const doc = notice('Ordförande Eva Strand enligt uppdrag Olle Berg, kom.dir. Denna möteskallelse har anslagits på anslagstavlan');
    expect(doc.signatures?.chair).toEqual(['Eva Strand']);
  });

  it('reads no one where the words before it are no name and role', () => {
    const doc = notice('Mer information ges på mötet, se ordförande Denna möteskallelse har utfärdats');
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
