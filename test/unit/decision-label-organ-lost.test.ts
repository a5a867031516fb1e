// A flattened page that lost the organ's name after the decision's label, the verb left in lower case
// (`Beslut - beslutar i enlighet med ordförandens förslag.`, `Beslut lägger ärende 9 till dagordningen`),
// at a sentence's opening or run on after the case's text: the label says the rest is the decision. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('PROTOKOLL', 'Omsorgsnämnden', 'Sammanträdesdatum 2020-09-15', '', '§ 41 Ändring av dagordningen', ...body, '', '§ 42 Avslutning', 'Mötet avslutades.'));
const decided = (...body: string[]) => item(doc(...body), 41).decisions.map((d) => d.text);

describe('a decision label whose organ was lost', () => {
  it('run on after the case text, with a dash', () => {
    expect(decided('Ärendebeskrivning Ordföranden föreslår att ärende 4 Nya riktlinjer för hemtjänst utgår från dagordningen. Beslut - beslutar i enlighet med ordförandens förslag.')).toEqual([
      'beslutar i enlighet med ordförandens förslag.',
    ]);
  });

  it('run on mid-sentence, without a stop before', () => {
    expect(decided('Ordföranden föreslår att ärende 4 utgår och tas upp på nästa sammanträde den 3 juni Beslut – beslutar enligt ordförandens förslag.')).toEqual(['beslutar enligt ordförandens förslag.']);
  });

  it('at the paragraph opening, with another verb', () => {
    expect(decided('Beslut godkänner dagordningen med ett tillägg.')).toEqual(['godkänner dagordningen med ett tillägg.']);
  });

  it('a lower-case verb that decides nothing after the label is no decision', () => {
    expect(decided('Ordföranden redogör för ärendet. Beslut - kommer att fattas vid nästa sammanträde.')).toEqual([]);
  });

  it('the proposal\'s heading with its lower-case label is no decision', () => {
    expect(decided('Förslag till beslut beslutar nämnden att godkänna dagordningen.')).toEqual([]);
  });
});
