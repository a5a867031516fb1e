// Sweep 8: a title with the page's counter one space after it (`PROTOKOLL 1(12)`,
// `SAMMANTRÄDESPROTOKOLL Sida 1 (23)`, `Protokoll nr 4 1 (9)`), as many municipal letterheads
// print it. The counter was kept only apart when a column gap stood before it, so it stayed in the title. Invented texts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const docWith = (head: string) =>
  meetingDoc([head, 'Socialnämnden', 'Sammanträdesdatum 2016-06-09', '', '§ 1', 'Val av justerare', 'Anna Ek väljs att justera protokollet.'].join('\n'));

describe('a page counter one space after the title', () => {
  it('is no part of the title', () => {
    expect(docWith('PROTOKOLL 1(12)').title).toBe('PROTOKOLL');
    expect(docWith('SAMMANTRÄDESPROTOKOLL Sida 1 (23)').title).toBe('SAMMANTRÄDESPROTOKOLL');
    expect(docWith('ÖSTBY KOMMUN                    PROTOKOLL 1(12)').title).toBe('PROTOKOLL');
  });

  it('leaves the protocol number', () => {
    const doc = docWith('Protokoll nr 4 1 (9)');
    expect(doc.title).toBe('Protokoll nr 4');
    expect(doc.meeting?.number).toBe('4');
  });
});
