// Minutes that write the proceedings under the decision heading, before the decision: a member's
// motion (`Beslut:` / `Per Holm (M) yrkar avslag.`), and in Finland-Swedish minutes a member's
// proposal that fell (`Ledamot Anna Ek föreslog att … Förslaget fick inget understöd och förföll.`).
// The motion is a motion and the note that it fell neither, the decision only what the organ
// decided; an organ's proposal under the heading (`Kommunstyrelsen föreslår kommunfullmäktige …`)
// stays its decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...decision: string[]) =>
  item(
    meetingDoc(
      text(
        'PROTOKOLL',
        'Korsby kommun',
        'Kommunstyrelsen 12.4.2022',
        '',
        '§ 52 Remiss om lagförslag',
        'Landskapsregeringen har begärt utlåtande över ett lagförslag.',
        'Kommundirektörens förslag:',
        'Kommunstyrelsen har inget att anföra.',
        ...decision,
        '',
        '§ 53 Övrigt',
        'Inga övriga frågor.',
      ),
    ),
    52,
  );
const decisionsOf = (...decision: string[]) => doc(...decision).decisions.map((d) => [d.by, d.text]);
const motionsOf = (...decision: string[]) => doc(...decision).motions.map((m) => [m.by, m.text]);

describe('the proceedings under the decision heading', () => {
  it('a member’s motion is no decision', () => {
    const lines = ['Beslut:', 'Per Holm (M) yrkar avslag.', 'Kommunstyrelsen beslutar enligt kommundirektörens förslag.'];
    expect(decisionsOf(...lines)).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen beslutar enligt kommundirektörens förslag.']]);
    expect(motionsOf(...lines)).toEqual([[['Per Holm'], 'avslag']]);
    expect(doc(...lines).outcome).toBe('approved');
  });

  it('a member’s proposal that fell, in one line', () => {
    const lines = ['Beslut:', 'Ledamot Anna Ek föreslog att lagen ska träda i kraft senare. Förslaget fick inget understöd och förföll.', 'Kommunstyrelsen beslöt enligt förslaget.'];
    expect(decisionsOf(...lines)).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen beslöt enligt förslaget.']]);
    expect(motionsOf(...lines)).toEqual([[['Anna Ek'], 'att lagen ska träda i kraft senare']]);
  });

  it('the note that it fell on a line of its own', () => {
    const lines = ['Beslut:', 'Under diskussionen föreslog Anna Ek att lagen ska träda i kraft senare.', 'Förslaget understöddes inte.', 'Kommunstyrelsen beslöt enligt förslaget.'];
    expect(decisionsOf(...lines)).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen beslöt enligt förslaget.']]);
    expect(motionsOf(...lines)).toEqual([[['Anna Ek'], 'att lagen ska träda i kraft senare']]);
  });

  it('a motion the same sentence tells was adopted is the decision', () => {
    expect(decisionsOf('Beslut:', 'Ordföranden föreslår att ärendet bordläggs, vilket kommunstyrelsen godkänner.')).toEqual([
      ['Ordföranden', 'Ordföranden föreslår att ärendet bordläggs, vilket kommunstyrelsen godkänner.'],
    ]);
    expect(decisionsOf('Beslut:', 'Per Holm (M) yrkar bifall till förslaget, vilket kommunstyrelsen bifaller.').length).toBe(1);
  });

  it('an organ’s proposal under the heading stays its decision', () => {
    expect(decisionsOf('Beslut:', 'Kommunstyrelsen föreslår kommunfullmäktige besluta att inte anföra något.')).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen föreslår kommunfullmäktige besluta att inte anföra något.']]);
  });
});
