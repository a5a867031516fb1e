// The adjusting's rows of a Swedish-language Finnish town's grid flattened: the label
// `JUSTERING AV PROTOKOLLET` in two lines, the place and day beside its first line and the
// adjusters' names beside its second (`JUSTERING AV Ekstad 7.6.2018 PROTOKOLLET Rainer Sundell
// Jouni Rantanen`), then `PROTOKOLLET TILL PÅSEENDE` around its place and day. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'EKSTADS STAD PROTOKOLL 11/2018',
  'Stadsstyrelsen TID 4.6.2018 kl. 17:30-20:05 PLATS Rådhuset, sammanträdesrummet NÄRVARANDE Lindroos Karin ordförande Sundell Rainer medlem Rantanen Jouni medlem ÖVRIGA Forsell Paul sekreterare',
  'UNDERSKRIFTER Ordförande Sekreterare Karin Lindroos Paul Forsell',
  'JUSTERING AV Ekstad 7.6.2018 PROTOKOLLET Rainer Sundell Jouni Rantanen PROTOKOLLET TILL Ekstad i stadskansliet den 9.6.2018 PÅSEENDE Protokollsutdragets riktighet intygar Ekstad',
  '',
  '§ 212 Mötets laglighet och beslutförhet',
  'Mötet konstaterades lagligt och beslutfört.',
].join('\n');

describe('the adjusting\'s rows of a flattened town grid', () => {
  const doc = parse(MINUTES).documents[0]!;

  it('reads the adjusters beside `PROTOKOLLET`', () => {
    expect(doc.signatures?.adjusters).toEqual(['Rainer Sundell', 'Jouni Rantanen']);
  });

  it('reads the day of the adjusting, not the posting\'s, and keeps the chair and secretary', () => {
    expect(doc.signatures).toMatchObject({ adjustedOn: '2018-06-07', chair: ['Karin Lindroos'], secretary: ['Paul Forsell'] });
    // (the day the minutes are put up for the public is the posting's)
    expect(doc.signatures?.posted?.from).toBe('2018-06-09');
  });
});
