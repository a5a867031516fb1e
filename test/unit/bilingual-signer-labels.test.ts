// A bilingual body's signer labels printed as Swedish/Finnish pairs around a slash, in either order
// (`Ordförande / Puheenjohtaja`, `Pöytäkirjanpitäjä / Protokollförare`): each pair is one label, its Swedish
// half, and the names under or after it are its signers. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';
import { restoreBilingualSignerLabels } from '../../src/normalise/bilingual-signer-labels.js';

const minutes = (...signing: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL 4/2025', 'Kommunstyrelsen', 'Tid: 2025-05-12 kl. 18.00-20.00', 'Plats: Kommunkansliet', '',
      'Närvarande', 'Ek Anna, ordförande', 'Lind Bo', 'Dahl Eva', 'Ås Per, kommundirektör', '',
      '§ 40 Mötets laglighet', 'Mötet konstaterades lagligt.', '',
      '§ 41 Budget', 'Kommunstyrelsen beslutar att godkänna budgeten.', '',
      ...signing,
    ),
  );
const signers = (doc: ReturnType<typeof meetingDoc>) => [doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters];
const READ = [['Anna Ek'], ['Per Ås'], ['Bo Lind', 'Eva Dahl']];

describe('bilingual signer labels', () => {
  it('reads Swedish/Finnish pairs over columns of names', () => {
    const doc = minutes(
      'Ordförande / Puheenjohtaja          Sekreterare / Sihteeri',
      'Anna Ek                             Per Ås', '',
      'Protokolljusterare / Pöytäkirjantarkastajat',
      'Bo Lind                             Eva Dahl',
    );
    expect(signers(doc)).toEqual(READ);
  });

  it('reads the Finnish half first, and another secretary word', () => {
    const doc = minutes(
      'Puheenjohtaja / Ordförande     Pöytäkirjanpitäjä / Protokollförare',
      'Anna Ek                        Per Ås',
      'Pöytäkirjantarkastajat / Protokolljusterare',
      'Bo Lind                        Eva Dahl',
    );
    expect(signers(doc)).toEqual(READ);
  });

  it('reads names over the pairs, and pairs written without spaces on one flattened line', () => {
    expect(signers(minutes(
      'Anna Ek                              Per Ås',
      'Puheenjohtaja / Ordförande           Sihteeri / Sekreterare', '',
      'Bo Lind                              Eva Dahl',
      'Pöytäkirjantarkastaja / Protokolljusterare     Pöytäkirjantarkastaja / Protokolljusterare',
    ))).toEqual(READ);
    expect(signers(minutes('Ordförande/Puheenjohtaja Anna Ek Sekreterare/Sihteeri Per Ås Protokolljusterare/Pöytäkirjantarkastajat Bo Lind Eva Dahl'))).toEqual(READ);
  });

  it('keeps the columns: the pair becomes its Swedish label padded to the same length', () => {
    expect(restoreBilingualSignerLabels('Ordförande / Puheenjohtaja   X')).toBe('Ordförande                   X');
  });

  it('leaves a slash between other words as it was (guard)', () => {
    const t = 'Sekreterare/handläggare Per Ås och Puheenjohtaja Anna Ek';
    expect(restoreBilingualSignerLabels(t)).toBe(t);
  });
});
