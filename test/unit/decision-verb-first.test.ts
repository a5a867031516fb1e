// A decision written with the verb before its subject, after an opening adverbial:
// `Med 9 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att …` under `Omröstningsresultat`,
// `Därmed beslutar nämnden att …`. The subject is the meeting's organ (or another's, then no
// decision of this meeting); the adverbial is no subject. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2019-02-12', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 14 Motion om fler cykelställ', '', ...body) })), 14).decisions.map((d) => [d.by, d.text]);

describe('the verb before its subject', () => {
  it('after the counts of a vote', () => {
    expect(
      decisions(
        'Omröstningsresultat',
        'Med 8 ja-röster mot 5 nej-röster samt 2 ledamöter som avstår från att rösta',
        'beslutar kommunstyrelsen att anta Greta Fors yrkande.',
      ),
    ).toEqual([['Kommunstyrelsen', 'Med 8 ja-röster mot 5 nej-röster samt 2 ledamöter som avstår från att rösta beslutar kommunstyrelsen att anta Greta Fors yrkande.']]);
  });

  it('after an adverb: the organ decides, not the adverb', () => {
    expect(decisions('Därmed beslutar styrelsen att bifalla motionen.')).toEqual([['Styrelsen', 'Därmed beslutar styrelsen att bifalla motionen.']]);
  });

  it('another organ deciding so is no decision of this meeting', () => {
    expect(decisions('Därmed beslutar regeringen att förlänga stödet.')).toEqual([]);
  });
});
