// An agenda point's title run on with the label of its documents and what they are
// (`4. Delårsrapport Bilagor: a) PM, b) Rapporten`, `3. Studieresa Bilaga: Offert från resebyrån`): the
// label ends the title, and the letters after it are the documents', no sub-points. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const agenda = (point: string): string =>
  text('Föredragningslista', 'Styrelsen 2020-01-14', '', '1. Val av justerare', '2. Godkännande av dagordning', '3. Ekonomi', point, '5. Övrigt');

describe('an attachment label run on after a title', () => {
  it('lettered documents after the label are no sub-points', () => {
    const doc = meetingDoc(agenda('4. Delårsrapport Bilagor: a) PM, b) Rapporten'));
    expect(item(doc, 4).title).toBe('Delårsrapport');
    expect(item(doc, 4).subItems).toEqual([]);
    expect(item(doc, 4).text).toContain('PM');
  });

  it('a document named after the label is the text, not the title', () => {
    const doc = meetingDoc(agenda('4. Studieresa till Ekö Bilaga: Offert från resebyrån'));
    expect(item(doc, 4).title).toBe('Studieresa till Ekö');
    expect(item(doc, 4).text).toContain('Offert från resebyrån');
  });

  it('numbered attachments after the label are still the attachments', () => {
    const doc = meetingDoc(agenda('4. Delårsrapport Bilagor: 1, 2'));
    expect(item(doc, 4).title).toBe('Delårsrapport');
    expect(item(doc, 4).attachments).toEqual(['1', '2']);
  });
});
