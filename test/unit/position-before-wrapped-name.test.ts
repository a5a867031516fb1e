// An officials' list whose line ends on a conjunction and the next one's position, the name on
// the next line (`Övriga deltagande   Ulf Brodd, kommunchef samt sekreterare` / `Greta Tall`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a position before a name wrapped to the next line', () => {
  it('gives the position to the name under it, not to the person before', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Tekniska nämndens arbetsutskott', 'Sammanträdesdatum 2021-05-18', '',
        'Beslutande          Axel Rönn (C), ordförande', '                    Tove Sandin (S)', '',
        'Övriga deltagande   Ulf Brodd, kommunchef samt sekreterare', '                    Greta Tall', '',
        'Utses att justera   Tove Sandin', '',
        '§ 1 Val av justerare', 'Tove Sandin utses att justera protokollet.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Ulf Brodd', 'kommunchef'],
      ['Greta Tall', 'sekreterare'],
    ]);
  });
});

describe('positions before names joined by `samt`', () => {
  it('leaves the conjunction out of the last one', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Tekniska nämndens arbetsutskott', 'Sammanträdesdatum 2021-05-18', '',
        'Beslutande          Axel Rönn (C), ordförande', '',
        'Övriga deltagande   kommunchef Ulf Brodd samt sekreterare Greta Tall', '',
        '§ 1 Val av justerare', 'Axel Rönn justerar.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note])).toEqual([
      ['Ulf Brodd', 'kommunchef', null],
      ['Greta Tall', 'sekreterare', null],
    ]);
  });
});
