// A council's roll call written as prose, as some cities' fullmäktige minutes open: the members
// away named after `utom`, the deputies who take their seats after `inträder:` (`X för Y`), and
// a later sentence on one of them kept as a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const MINUTES = [
  'Protokoll',
  '',
  'Den 14 mars 2019',
  '',
  'Närvarande vid uppropet: ordföranden, förste vice och andre vice ordförandena samt övriga ledamöter utom Gerd Lindvall, Omar Said och Lisa Brandt. Som ersättare för de frånvarande ledamöterna inträder: Tor Engqvist för Gerd Lindvall, Sanna Kyrö för Omar Said och Pelle Åström för Lisa Brandt. Omar Said infinner sig efter ärendet 12 (dessförinnan ersatt av Sanna Kyrö). Protokollet föres av undertecknad, kommunfullmäktiges sekreterare.',
  '',
  '§ 11 Val av justerare',
  '',
  'Till justerare utses Erik Hallberg och Mona Fredin.',
  '',
  '§ 12 Budget 2020',
  '',
  'Kommunfullmäktige beslutar att fastställa budgeten.',
].join('\n');

describe('a roll call in prose', () => {
  const people = meetingDoc(MINUTES).participants;

  it('names the members away and the deputies serving for them, and nobody else', () => {
    expect(people.map((p) => [p.name, p.role, p.substituteFor])).toEqual([
      ['Gerd Lindvall', 'absent', null],
      ['Omar Said', 'absent', null],
      ['Lisa Brandt', 'absent', null],
      ['Tor Engqvist', 'deputy', 'Gerd Lindvall'],
      ['Sanna Kyrö', 'deputy', 'Omar Said'],
      ['Pelle Åström', 'deputy', 'Lisa Brandt'],
    ]);
  });

  it('keeps what a later sentence says of one of them as a note', () => {
    expect(people.find((p) => p.name === 'Omar Said')?.note).toBe('infinner sig efter ärendet 12 (dessförinnan ersatt av Sanna Kyrö)');
    expect(people.every((p) => p.position === null)).toBe(true);
  });
});
