// An election written as a label and the elected after its colon (`Val av ordförande för mötet: Eva Holm.`),
// as an association's annual minutes write their standing points, on the point's own line or under it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const annual = (...points: string[]) => meetingDoc(text('Protokoll från årsmötet den 14 mars 2024', '', ...points, '', '§ 9. Mötet avslutades.'));
const decided = (doc: ReturnType<typeof annual>, n: number) => item(doc, n).decisions.map((d) => [d.by, d.text]);

describe('an election as a label and the elected', () => {
  it('on the point’s own line', () => {
    const doc = annual('§ 2. Val av ordförande för mötet: Lena Strand.', '', '§ 3. Val av justerare: Olof Ekman, Siv Bodin.');
    expect(decided(doc, 2)).toEqual([[null, 'Val av ordförande för mötet: Lena Strand.']]);
    expect(decided(doc, 3)).toEqual([[null, 'Val av justerare: Olof Ekman, Siv Bodin.']]);
  });

  it('under the point’s heading', () => {
    const doc = annual('§ 2. Mötesfunktionärer', 'Val av sekreterare för mötet: Per Alm.', '', '§ 3. Dagordningen godkändes.');
    expect(decided(doc, 2)).toEqual([[null, 'Val av sekreterare för mötet: Per Alm.']]);
  });

  it('not a label with no name after it, nor an agenda’s point', () => {
    const doc = annual('§ 2. Val av ordförande för mötet: se bilaga 1.', '', '§ 3. Val av revisorer: Frågan bordläggs.');
    expect(decided(doc, 2)).toEqual([]);
    expect(decided(doc, 3)).toEqual([[null, 'Frågan bordläggs.']]);
  });
});
