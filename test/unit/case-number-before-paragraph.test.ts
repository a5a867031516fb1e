// A register that prints the case number before the § on the heading's line (`BN/2024:12 § 56 Title`), and a
// transcript of it that lost the sign (`BN/2024:12 56 Title`). Over two lines (the case number above the §) it is
// read already; on one line the case number is the item's and the § opens it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...headings: string[]): string =>
  text(
    'PROTOKOLL',
    'Byggnämnden 2024-04-10',
    '',
    headings[0]!,
    'Byggnämnden beslutar att välja Eva Ek till ersättare.',
    '',
    headings[1]!,
    'Byggnämnden beslutar att avslå motionen.',
    '',
    headings[2]!,
    'Byggnämnden beslutar att godkänna uppföljningen.',
  );

describe('a case number before the § number on the heading’s line', () => {
  it('opens the §, with its sign', () => {
    const doc = meetingDoc(minutes('BN/2024:12 § 56 Val av ersättare', 'BN/2024:31 § 57 Motion om fler parkbänkar', 'BN/2023:140 § 58 Uppföljning av tillsynsplan'));
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.title])).toEqual([
      [56, 'BN/2024:12', 'Val av ersättare'],
      [57, 'BN/2024:31', 'Motion om fler parkbänkar'],
      [58, 'BN/2023:140', 'Uppföljning av tillsynsplan'],
    ]);
  });

  it('opens the § whose sign a transcript lost', () => {
    const doc = meetingDoc(minutes('BN/2024:12 56 Val av ersättare', 'BN/2024:31 57 Motion om fler parkbänkar', 'BN/2023:140 58 Uppföljning av tillsynsplan'));
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.title])).toEqual([
      [56, 'BN/2024:12', 'Val av ersättare'],
      [57, 'BN/2024:31', 'Motion om fler parkbänkar'],
      [58, 'BN/2023:140', 'Uppföljning av tillsynsplan'],
    ]);
  });
});
