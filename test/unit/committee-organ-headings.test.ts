// A committee's § headings written with its organ in two words, the board's letters and the committee's
// (`KS AU § 145 Title`, `Ks au § 12`, `SN AU 147 Dnr SN 2024/3 Title` that lost its sign, `KS AU 148` over its title),
// and a transcript that runs them on in its page's text (`… protokollet. MN AU 13 Dnr: …`): the two words are the
// heading's, not the end of the § before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('PROTOKOLL', 'Kommunstyrelsens arbetsutskott, Norrby kommun', 'Datum: 2025-03-04', 'Plats: Kommunkansliet', '', 'Beslutande', 'Anna Ek, ordförande', 'Per Ås', '');

const items = (...lines: string[]) => meetingDoc(HEAD + text(...lines)).items.map((i) => [i.number, i.title, i.text]);

describe('a committee\'s headings with its organ in two words', () => {
  it.each([
    ['KS AU § 145 Budgetuppföljning', 'KS AU § 146 Val av ombud'],
    ['Ks au § 145 Budgetuppföljning', 'Ks au § 146 Val av ombud'],
    ['SN AU 145 Dnr SN 2024/3 Budgetuppföljning', 'SN AU 146 Dnr SN 2024/9 Val av ombud'],
  ])('%s', (first, second) => {
    expect(items(first, 'Uppföljningen godkänns.', '', second, 'Per Ås väljs till ombud.')).toEqual([
      [145, 'Budgetuppföljning', 'Uppföljningen godkänns.'],
      [146, 'Val av ombud', 'Per Ås väljs till ombud.'],
    ]);
  });

  it('reads the heading alone on its line over its title', () => {
    expect(items('KS AU 145', 'Budgetuppföljning', 'Uppföljningen godkänns.', '', 'KS AU 146', 'Val av ombud', 'Per Ås väljs till ombud.')).toEqual([
      [145, 'Budgetuppföljning', 'Uppföljningen godkänns.'],
      [146, 'Val av ombud', 'Per Ås väljs till ombud.'],
    ]);
  });

  it('keeps the organ\'s letters with the heading in a transcript\'s run-on page', () => {
    const doc = meetingDoc(text(
      'Transkript',
      '',
      '1 Miljönämndens utskott Sida 1 av 3 Plats och tid: Stadshuset, kl 09.00-11.15 Beslutande: Karin Alm (s), ordförande Olle Brink (m) Utses att justera: Olle Brink Paragrafer: 12-14 Sekreterare: Nils Ek',
      '',
      '2 Miljönämndens utskott Sida 2 av 3 MN AU 12 Dnr: Val av justerare Utskottets beslut Olle Brink utses att justera protokollet. MN AU 13 Dnr: Tillsynsplan för året Utskottets beslut Utskottet godkänner tillsynsplanen.',
      '',
      '3 Miljönämndens utskott Sida 3 av 3 MN AU 14 Dnr 2024/55 Yttrande över detaljplan Utskottets beslut Utskottet lämnar yttrandet.',
    ));
    expect(doc.items.map((i) => i.number)).toEqual([12, 13, 14]);
    expect(doc.items[0]!.text).not.toMatch(/MN$/u);
    expect(doc.items[0]!.text).toMatch(/protokollet\.$/u);
  });
});
