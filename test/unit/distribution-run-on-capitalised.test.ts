// A transcript runs the note of where a decision is sent on after the decision with no stop between
// (`… enligt bilaga 2 Expedieras: Samhällsbyggnad`, `… till kommunerna Beslutet expedieras till Revisorerna`): its
// first word, capitalised inside the sentence, opens the note, which is no part of the decision. In small letters the
// words are the decision's own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { withoutDistribution } from '../../src/parse/decisions/distribution.js';
import { meetingDoc } from './helpers.js';

describe("a distribution note run on inside the decision's sentence", () => {
  it.each([
    ['Nämnden beslutar att anta taxorna enligt bilaga 2 Expedieras: Samhällsbyggnad', 'Nämnden beslutar att anta taxorna enligt bilaga 2'],
    ['Direktionen beslutar att överlämna rapporten till kommunerna Beslutet expedieras till Kommunerna Revisorerna', 'Direktionen beslutar att överlämna rapporten till kommunerna'],
    ['Styrelsen godkänner avtalet Beslutet skickas till Projektägaren', 'Styrelsen godkänner avtalet'],
    ['Utskottet godkänner planen Protokollsutdrag till: Ekonomienheten', 'Utskottet godkänner planen'],
  ])('cuts %j', (text, kept) => {
    expect(withoutDistribution(text)).toBe(kept);
  });

  it("keeps the words in small letters, the decision's own", () => {
    const text = 'Nämnden beslutar att avslå ansökan och att beslutet skickas till länsstyrelsen för kännedom';
    expect(withoutDistribution(text)).toBe(text);
  });

  it('reads the decision of a flattened § without the note', () => {
    const doc = meetingDoc(
      'Transkript\n1 Sammanträdesprotokoll Miljönämnden Datum 2021-04-08 Plats Kommunhuset\n2 MN 12 Dnr 2021/4 Taxa 2021 Förvaltningen har räknat om taxan, bilaga 1. Miljönämnden beslutar att anta taxan enligt bilaga 1 Expedieras: Kommunstyrelsen MN 13 Dnr 2021/5 Information Förvaltningen informerar om tillsynen. Informationen noteras.\n',
    );
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Miljönämnden beslutar att anta taxan enligt bilaga 1']);
  });
});
