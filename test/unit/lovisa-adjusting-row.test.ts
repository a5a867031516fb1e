// The adjusting's rows of a Swedish-language Finnish town's grid flattened: the label
// `JUSTERING AV PROTOKOLLET` in two lines, the place and day beside its first line and the
// adjusters' names beside its second (`JUSTERING AV Ekstad 20.9.2012 PROTOKOLLET Bengt Kullberg
// Antti Vikström`), then `PROTOKOLLET TILL PÅSEENDE` around its place and day. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'EKSTADS STAD PROTOKOLL 18/2012',
  'Stadsstyrelsen TID 17.9.2012 kl. 17:30-21:10 PLATS Rådhuset, sammanträdesrummet NÄRVARANDE Lindroos Karin ordförande Kullberg Bengt medlem Vikström Antti medlem ÖVRIGA Lindqvist Paul sekreterare',
  'UNDERSKRIFTER Ordförande Sekreterare Karin Lindroos Paul Lindqvist',
  'JUSTERING AV Ekstad 20.9.2012 PROTOKOLLET Bengt Kullberg Antti Vikström PROTOKOLLET TILL Ekstad i stadskansliet den 22.9.2012 PÅSEENDE Protokollsutdragets riktighet intygar Ekstad',
  '',
  '§ 346 Mötets laglighet och beslutförhet',
  'Mötet konstaterades lagligt och beslutfört.',
].join('\n');

describe('the adjusting\'s rows of a flattened town grid', () => {
  const doc = parse(MINUTES).documents[0]!;

  it('reads the adjusters beside `PROTOKOLLET`', () => {
    expect(doc.signatures?.adjusters).toEqual(['Bengt Kullberg', 'Antti Vikström']);
  });

  it('reads the day of the adjusting, not the posting\'s, and keeps the chair and secretary', () => {
    expect(doc.signatures).toMatchObject({ adjustedOn: '2012-09-20', chair: ['Karin Lindroos'], secretary: ['Paul Lindqvist'] });
    // (the day the minutes are put up for the public is the posting's)
    expect(doc.signatures?.posted?.from).toBe('2012-09-22');
  });
});
