// A roll whose form prints a box before each name (`[X]` came, `[ ]` did not), surname first, run on
// into one line by a web transcript (`[ ] Kronqvist Bo, ordförande [X] Lind Anna [X] Berg Olle, I viceordf.`):
// cut before each box, as the roll's own lines are read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const PAGE = [
  'Protokoll 3/2021',
  'Organ Stadsfullmäktige',
  'Sammanträdesplats Stadshuset, Storgatan 4',
  'Beslutande ordinarie [ ] Hagberg Bo, ordförande [X] Lindroos Anna [X] Sundell Robert [X] Vikström Mikael, I viceordf. [ ] Nyqvist Elin [X] Åkerlund Sören [X] Granholm Maria',
  'Övriga närvarande Berglund Mats, stadsdirektör',
].join('\n');

describe('a boxed roll run on into one line', () => {
  const doc = meetingDoc(PAGE);
  const byName = new Map(doc.participants.map((p) => [p.name, p]));

  it('reads one person per box', () => {
    expect(doc.participants.map((p) => p.name)).toEqual([
      'Hagberg Bo', 'Lindroos Anna', 'Sundell Robert', 'Vikström Mikael', 'Nyqvist Elin', 'Åkerlund Sören', 'Granholm Maria', 'Berglund Mats',
    ]);
  });

  it('reads a ticked box as present and an empty one as absent', () => {
    expect(byName.get('Lindroos Anna')?.role).toBe('member');
    expect(byName.get('Hagberg Bo')?.role).toBe('absent');
    expect(byName.get('Nyqvist Elin')?.role).toBe('absent');
    expect(byName.get('Vikström Mikael')?.position).toBe('I vice ordförande');
  });
});
