// A bilingual (Swedish and Finnish) town's front page as a web transcript prints it: each
// heading in capitals with its Finnish half (`NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET`)
// and its roll run on after it on one line, surname first, each name followed by its word
// (`ordförande`, `medlem`, `suppleant`) and, for one who left early, the hours sat
// (`suppleant kl. 17:00-18:20`). The heading in capitals is one label, not two; the run of
// names with hours in it is a roll, not a place and time. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc } from './helpers.js';

const PAGE = [
  'SAMMANTRÄDESPROTOKOLL 4/2019',
  'Kultur- och fritidsnämnden',
  'TID - AIKA 14.05.2019 KL. - KLO 17:00-19:10',
  'PLATS - PAIKKA Stadshuset, Ankarsalen',
  'NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Lindqvist Gunilla ordförande Holm Sigvard viceordförande Berg Bertil medlem Nyberg Jonny suppleant kl. 17:00-18:20 Sjöberg Linnea suppleant',
  'ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET Strand Tarja kulturchef Mattsson Ulrika protokollförare',
].join('\n');

describe('a bilingual roll run on after its heading in capitals', () => {
  it('keeps the heading in capitals whole on its line', () => {
    const flat = linesOf(PAGE).map((l) => l.flat);
    expect(flat.some((t) => t.startsWith('NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Lindqvist Gunilla'))).toBe(true);
    expect(flat).not.toContain('NÄRVARANDE');
    expect(flat).not.toContain('ÖVRIGA');
  });

  const doc = meetingDoc(PAGE);
  const byName = new Map(doc.participants.map((p) => [p.name, p]));

  it('reads every member of the run, surname first', () => {
    expect(doc.participants.map((p) => p.name)).toEqual([
      'Lindqvist Gunilla', 'Holm Sigvard', 'Berg Bertil', 'Nyberg Jonny', 'Sjöberg Linnea', 'Strand Tarja', 'Mattsson Ulrika',
    ]);
    expect(byName.get('Lindqvist Gunilla')?.role).toBe('member');
    expect(byName.get('Lindqvist Gunilla')?.position).toBe('ordförande');
    expect(byName.get('Strand Tarja')?.role).toBe('other');
  });

  it('reads `suppleant` as a deputy, the hours sat apart from the position', () => {
    expect(byName.get('Nyberg Jonny')?.role).toBe('deputy');
    expect(byName.get('Nyberg Jonny')?.position).toBeNull();
    expect(byName.get('Nyberg Jonny')?.note).toBe('kl. 17:00-18:20');
    expect(byName.get('Sjöberg Linnea')?.role).toBe('deputy');
  });
});
