// An agenda point whose documents are named under a label (`Handlingar: Bilaga 3`,
// `Underlag: bilaga 2 och 4`), on a line run on with the point's other lines in one paragraph:
// its attachments. They were none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const notice = (...lines: string[]) =>
  meetingDoc(text('Kallelse till sammanträde med direktionen', '', 'Datum: 2024-09-12', 'Plats: Brandstationen', '', '1. Val av justerare', '', '2. Budgetuppföljning augusti 2024', ...lines, '', '3. Avslutning'));

describe('attachments named under a documents label', () => {
  it('reads `Handlingar: Bilaga 3` between the presenter and the proposal', () => {
    const doc = notice('Föredragande: Per Ås, ekonom', 'Handlingar: Bilaga 3', 'Förslag till beslut: Direktionen godkänner uppföljningen.');
    expect(item(doc, 2).attachments).toEqual(['3']);
  });

  it('reads a list of them (`Underlag: bilaga 2 och 4`)', () => {
    const doc = notice('Föredragande: Per Ås', 'Underlag: bilaga 2 och 4');
    expect(item(doc, 2).attachments).toEqual(['2', '4']);
  });
});
