// A decision on the line under a § heading's title, written without a full stop
// (`§ 1 Val av ordförande` / `Mia Tell väljs till ordförande`, `… ` / `Verksamhetsplanen godkänns`):
// the body, not the rest of the title. An election's or a passive decision's verb among the
// line's lower-case words says so, as a past verb or a full stop did. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = text('PROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2024-02-13', '');

describe('an unstopped decision line under the title', () => {
  it('is the body', () => {
    const doc = meetingDoc(
      FRONT +
        text(
          '§ 1 Val av ordförande',
          'Mia Tell väljs till ordförande',
          '',
          '§ 2 Verksamhetsplan 2024',
          'Verksamhetsplanen godkänns',
          '',
          '§ 3 Val av justerare',
          'Ove Rask utses att justera protokollet',
        ),
    );
    expect(doc.items.map((i) => [i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['Val av ordförande', ['Mia Tell väljs till ordförande']],
      ['Verksamhetsplan 2024', ['Verksamhetsplanen godkänns']],
      ['Val av justerare', ['Ove Rask utses att justera protokollet']],
    ]);
  });

  it('while a title wrapped onto a capitalised line stays whole', () => {
    const doc = meetingDoc(FRONT + text('§ 4 Uppföljning av insatser inom', 'Samordningsförbundet Ekvik', '', 'Förbundschefen redogör för uppföljningen.'));
    expect(doc.items[0]!.title).toBe('Uppföljning av insatser inom Samordningsförbundet Ekvik');
  });
});
