// A signature row flattened with the head of the column between the signers' names printed
// among them (`UNDERSKRIFTER Ordförande Sekreterare Karin Lindroos BEHANDLADE ÄRENDEN Paul
// Forsell`, Swedish-language Finnish town minutes): the capitals are another column's head, not
// part of a name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const minutes = (row: string): string => [
  'EKSTADS STAD PROTOKOLL 11/2018',
  'Stadsstyrelsen TID kl. 17:30-20:05 PLATS Rådhuset, sammanträdesrummet NÄRVARANDE Lindroos Karin ordförande Sundell Rainer medlem Rantanen Jouni medlem ÖVRIGA Forsell Paul sekreterare',
  row,
  '',
  '§ 212 Mötets laglighet och beslutförhet',
  'Mötet konstaterades lagligt och beslutfört.',
].join('\n');

describe('signers\' names around another column\'s head in capitals', () => {
  it('reads the chair and the secretary', () => {
    const doc = parse(minutes('UNDERSKRIFTER Ordförande Sekreterare Karin Lindroos BEHANDLADE ÄRENDEN Paul Forsell')).documents[0]!;
    expect(doc.signatures).toMatchObject({ chair: ['Karin Lindroos'], secretary: ['Paul Forsell'] });
  });

  it('reads them so where the head was cut short (`ÄREND`)', () => {
    const doc = parse(minutes('UNDERSKRIFTER Ordförande Sekreterare Karin Lindroos BEHANDLADE ÄREND Paul Forsell')).documents[0]!;
    expect(doc.signatures).toMatchObject({ chair: ['Karin Lindroos'], secretary: ['Paul Forsell'] });
  });
});
