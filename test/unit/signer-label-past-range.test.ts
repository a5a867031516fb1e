// A front page's signature grid as plain pdftotext prints it, one cell a line: `Sekreterare`, then the
// grid's `Paragrafer` and its range, then the secretary's name, and the other labels each over its name.
// The name after the range is the secretary's, not a name over the next label (`Ordförande`), which takes
// the name under it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = ['SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum', '2022-04-06', '', 'Plats och tid', 'Rådhuset, kl. 13.00-16.00', '', 'Beslutande', 'Maja Frost (S), ordförande', 'Olle Rask (M)', 'Tove Sund (C)', '', 'Utses att justera', 'Olle Rask', ''];
const ITEM = ['', '§ 31 Val av justerare', 'Nämnden beslutar att utse Olle Rask att justera protokollet.'];

describe('a signer label waiting for its name past the paragraphs', () => {
  it('takes the name after `Paragrafer` and its range; each later label takes the name under it', () => {
    const doc = meetingDoc(text(...FRONT, 'Underskrifter', 'Sekreterare', '', 'Paragrafer', '', '31-39', '', 'Ebba Lund', 'Ordförande', '', 'Maja Frost', 'Justerande', '', 'Olle Rask', ...ITEM));
    expect(doc.signatures).toMatchObject({ secretary: ['Ebba Lund'], chair: ['Maja Frost'], adjusters: ['Olle Rask'] });
  });

  it('leaves names printed over their role words read so when no label waits (guard)', () => {
    const doc = meetingDoc(text(...FRONT, 'Underskrifter', '', 'Ebba Lund', 'Sekreterare', '', 'Maja Frost', 'Ordförande', '', 'Olle Rask', 'Justerande', ...ITEM));
    expect(doc.signatures).toMatchObject({ secretary: ['Ebba Lund'], chair: ['Maja Frost'], adjusters: ['Olle Rask'] });
  });
});
