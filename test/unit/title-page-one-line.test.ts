// A fragment whose title page an extractor wrote on one line, one label in it after the kind's
// title: `PROTOKOLL Styrelsemöte 2019-03-14 Närvarande ledamöter: …`. The line is cut before the
// label, as a line with two labels is, so the title stops there and the list is read. A line
// that opens with no kind's title keeps its one label in its text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

describe("a title page on one line with one label after the kind's title", () => {
  it('reads the title and the list apart', () => {
    const [doc] = parse('PROTOKOLL Arbetsutskottet 2022-02-02 Närvarande ledamöter: Ivar Lööf, Agnes Holt, Bror Ekman\n').documents;
    expect(doc!.title).not.toContain('Närvarande');
    expect(doc!.meeting).toMatchObject({ date: '2022-02-02' });
    expect(doc!.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ivar Lööf', 'member'],
      ['Agnes Holt', 'member'],
      ['Bror Ekman', 'member'],
    ]);
  });

  it('leaves a sentence with a label word in it whole', () => {
    const [doc] = parse('Styrelsen konstaterade att följande var närvarande ledamöter: Ivar Lööf och Agnes Holt vid mötet.\n').documents;
    expect(doc!.participants).toEqual([]);
  });
});
