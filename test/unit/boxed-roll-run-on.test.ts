// A roll whose form prints a box before each name (`[X]` came, `[ ]` did not), surname first, run on
// into one line by a web transcript (`[ ] Hagberg Tor, ordförande [X] Lind Hilda [X] Berg Olle, I viceordf.`):
// cut before each box, as the roll's own lines are read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const PAGE = [
  'Protokoll 3/2021',
  'Organ Stadsfullmäktige',
  'Sammanträdesplats Stadshuset, Storgatan 4',
  'Beslutande ordinarie [ ] Hagberg Tor, ordförande [X] Lindroos Hilda [X] Sundell Axel [X] Vikström Oskar, I viceordf. [ ] Nyqvist Vera [X] Åkerlund Sören [X] Granholm Lena',
  'Övriga närvarande Berglund Mats, stadsdirektör',
].join('\n');

describe('a boxed roll run on into one line', () => {
  const doc = meetingDoc(PAGE);
  const byName = new Map(doc.participants.map((p) => [p.name, p]));

  it('reads one person per box', () => {
    expect(doc.participants.map((p) => p.name)).toEqual([
      'Hagberg Tor', 'Lindroos Hilda', 'Sundell Axel', 'Vikström Oskar', 'Nyqvist Vera', 'Åkerlund Sören', 'Granholm Lena', 'Berglund Mats',
    ]);
  });

  it('reads a ticked box as present and an empty one as absent', () => {
    expect(byName.get('Lindroos Hilda')?.role).toBe('member');
    expect(byName.get('Hagberg Tor')?.role).toBe('absent');
    expect(byName.get('Nyqvist Vera')?.role).toBe('absent');
    expect(byName.get('Vikström Oskar')?.position).toBe('I vice ordförande');
  });
});
