// Minutes whose heading (`PROTOKOLLSUTDRAG` / `Miljönämnden` / its date; or a letterhead,
// the organ, `PROTOKOLL`, the date) is printed again over the next § where no page break was
// kept (extracts of one meeting joined after a notice, a transcript's lines): the repeated heading is no text of the § it falls in, and no decision.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const HEAD = ['PROTOKOLLSUTDRAG', 'Miljönämnden', 'Sammanträdesdatum 2023-03-21'];
const TEXT = [
  'KALLELSE',
  'Kommunfullmäktige',
  '',
  'Tid: Måndag 17 april 2023 kl. 18.30',
  'Plats: Stadshuset',
  '',
  'Ärenden',
  '1. Val av justerare',
  '2. Tillsynsavgifter 2023',
  '',
  'Eva Ros',
  'Ordförande',
  '',
  '',
  '',
  ...HEAD,
  '',
  '§ 18 Dnr MN 2023/4',
  'Val av justerare',
  '',
  'Miljönämndens beslut',
  'Jon Ahl utses att justera protokollet.',
  '',
  'Justerandes sign                Utdragsbestyrkande',
  '',
  '',
  '',
  'PROTOKOLLSUTDRAG',
  'Miljönämnden',
  'Sammanträdesdatum 2023-03-21',
  '',
  '§ 19 Dnr MN 2023/9',
  'Tillsynsavgifter 2023',
  '',
  'Miljönämndens beslut',
  'Nämnden fastställer avgifterna.',
  '',
  'Justerandes sign                Utdragsbestyrkande',
  '',
].join('\n');

describe('a document heading printed again in a body', () => {
  it('is dropped from the § text and read as no decision', () => {
    const doc = parseText(TEXT).documents.find((d) => d.kind === 'minutes')!;
    const first = doc.items[0]!;
    expect(first.text).toBe('Miljönämndens beslut\n\nJon Ahl utses att justera protokollet.');
    expect(first.decisions.map((d) => d.text)).toEqual(['Jon Ahl utses att justera protokollet.']);
    expect(doc.items.map((i) => i.number)).toEqual([18, 19]);
  });
});
