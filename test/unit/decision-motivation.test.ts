// An award's decision under its heading that gives its reasons after a colon (`… utser Eva Sund till mottagare av
// årets miljöpris med följande motivering:`), the reasons in paragraphs of their own: the reasons are the decision's
// text, no decisions of their own; a clause after them that decides by itself is one. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (after: string): string => `PROTOKOLL
Miljönämnden
Sammanträdesdatum 2021-05-12

§ 41 Miljöpris 2021

Beslut

Miljönämnden utser Eva Sund till mottagare av 2021 års miljöpris med följande motivering:

Eva Sund har i många år visat skolklasser hur ängen och hagen hänger ihop med bina.

Hon har också startat ett nätverk för ängsskötsel i bygden.
${after}`;

describe('the reasons under an award’s decision', () => {
  it('are the decision’s text, not decisions of their own', () => {
    const item = meetingDoc(minutes('')).items[0]!;
    expect(item.decisions).toHaveLength(1);
    expect(item.decisions[0]!.text).toMatch(/^Miljönämnden utser Eva Sund/u);
    expect(item.decisions[0]!.text).toContain('nätverk för ängsskötsel');
  });

  it('end where a clause decides by itself', () => {
    const item = meetingDoc(minutes('\nMiljönämnden beslutar att priset delas ut vid fullmäktiges sammanträde i juni.\n')).items[0]!;
    expect(item.decisions.map((d) => d.text.slice(0, 30))).toEqual(['Miljönämnden utser Eva Sund ti', 'Miljönämnden beslutar att pris']);
  });
});
