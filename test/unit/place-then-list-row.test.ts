// A front page's row run on in one line that opens with an everyday label word (`Plats`, `Tid`) and goes on
// to a label that is none (`Beslutande`): the row is cut at that label, so the place ends there and the
// list after it is read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a place label and a list run on in one row', () => {
  it('ends the place at `Beslutande` and reads the members after it', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen 2015-03-05',
        'Plats Kulturhuset, Norrby Beslutande Britta Jansson (S) Lotta Åsman (S) Gustav Ek (M)', '',
        '§ 32 Val av justerare', '', 'Lotta Åsman utses att justera protokollet.',
      ),
    );
    expect(doc.meeting?.location).toBe('Kulturhuset, Norrby');
    expect(doc.participants.map((p) => [p.role, p.name, p.party])).toEqual([
      ['member', 'Britta Jansson', 'S'],
      ['member', 'Lotta Åsman', 'S'],
      ['member', 'Gustav Ek', 'M'],
    ]);
  });

  it('leaves a sentence that opens with a label word and names no label after it as it was (guard)', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen 2015-03-05', 'Plats Kulturhuset, Norrby', '',
        'Beslutande Britta Jansson (S)', '',
        '§ 32 Information', '', 'Tid för nästa möte bestäms senare av ordföranden i samråd med förbundschefen.',
      ),
    );
    expect(doc.items[0]!.text).toContain('Tid för nästa möte bestäms senare');
  });
});
