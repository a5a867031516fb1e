// A list of participants whose entries wrap after their comma, what is said of the person on
// the next line in lower case (`Anna Ek (S),` / `ordförande`, `Per Ås (M),` / `vice ordförande`),
// in a label column's values or flat under a heading. The tail is that person's position, and
// a signer's word there opens no signature block. Every text is invented.
import { describe, expect, it } from 'vitest';
import { commaWrappedJoined } from '../../src/segment/frontpage/comma-wrapped.js';
import { meetingDoc, text } from './helpers.js';

const columned = text(
  'SAMMANTRÄDESPROTOKOLL',
  'Socialnämnden',
  'Sammanträdesdatum 2023-04-12',
  '',
  'Plats och tid    Stadshuset, Lilla salen, kl. 13.00–15.30',
  '',
  'Beslutande       Tilda Rönn (S),',
  '                 ordförande',
  '                 Gustav Alm (M),',
  '                 vice ordförande',
  '                 Hedda Kvist (C)',
  '                 Ivar Sten (S),',
  '                 tjänstgörande ersättare för Lo Berg (S)',
  '',
  'Övriga deltagande  Maj Falk, sekreterare',
  '',
  'Utses att justera  Hedda Kvist',
  '',
  '§ 14 Val av justerare',
  'Hedda Kvist utses att justera protokollet.',
);

const flat = text(
  'PROTOKOLL',
  'Samordningsförbundet Lidbygden, styrelsen',
  '2022-05-04, kl 09.00-11.00',
  '',
  'Närvarande ledamöter:',
  'Karin Ström (C),',
  'ordförande',
  'Johan Lind, Arbetsförmedlingen,',
  'vice ordförande',
  'Maja Berg, Försäkringskassan',
  '',
  'Övriga:',
  'Eskil Holm,',
  'förbundschef',
  '',
  '§ 1 Mötets öppnande',
  'Ordföranden öppnade mötet.',
);

const who = (t: string): [string, string, string | null, string | null][] =>
  meetingDoc(t).participants.map((p) => [p.name, p.role, p.position, p.substituteFor]);

describe('an entry wrapped after its comma', () => {
  it('gives the tail to the person above, in a label column', () => {
    expect(who(columned)).toEqual([
      ['Tilda Rönn', 'member', 'ordförande', null],
      ['Gustav Alm', 'member', 'vice ordförande', null],
      ['Hedda Kvist', 'member', null, null],
      ['Ivar Sten', 'deputy', null, 'Lo Berg'],
      ['Maj Falk', 'other', 'sekreterare', null],
    ]);
  });

  it('opens no signature block at the lower-case `ordförande`', () => {
    const sig = meetingDoc(columned).signatures;
    expect(sig?.chair ?? []).toEqual([]);
    expect(meetingDoc(flat).signatures?.chair ?? []).toEqual([]);
  });

  it('reads the same list flat under its heading', () => {
    expect(who(flat)).toEqual([
      ['Karin Ström', 'member', 'ordförande', null],
      ['Johan Lind', 'member', 'vice ordförande', null],
      ['Maja Berg', 'member', null, null],
      ['Eskil Holm', 'other', 'förbundschef', null],
    ]);
  });

  it('joins no paragraph run on after a comma, nor a capitalised line', () => {
    const v = (text: string, at: number) => ({ text, at });
    expect(commaWrappedJoined([v('Ola Ek,', 1), v('Per Ås', 2)]).map((x) => x.text)).toEqual(['Ola Ek,', 'Per Ås']);
    const long = 'informerar om förvaltningens budget för det kommande året och svarar på frågor';
    expect(commaWrappedJoined([v('Ola Ek,', 1), v(long, 2)]).map((x) => x.text)).toEqual(['Ola Ek,', long]);
  });
});
