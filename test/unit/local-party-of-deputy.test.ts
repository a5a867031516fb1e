// A deputy who serves for a member of the same local party, both written with its letters in lower case, as a nämnd's
// roll writes the national parties (`Lisa Holm (skp) ersätter Bo Lind (skp)`): the letters are the deputy's party, not
// two notes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text('PROTOKOLL', '', 'Socialnämnden', '', 'Sammanträdesdatum 2021-04-12', '', ...list, '', '§ 20 Budget', 'Nämnden beslutar att anta budgeten.');

describe('a local party in lower case, the deputy\'s and the member\'s served', () => {
  it('reads the letters as the deputy\'s party, a list one a line', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Tea Ek (s), ordförande', 'Lisa Holm (skp), ersätter Bo Lind (skp)', 'Siv Dahl (v)'));
    const holm = doc.participants.find((p) => p.name === 'Lisa Holm')!;
    expect([holm.role, holm.party, holm.substituteFor, holm.note]).toEqual(['deputy', 'SKP', 'Bo Lind', null]);
  });

  it('does so in a run-on list too, and keeps different letters as they are', () => {
    const doc = meetingDoc(minutes('Beslutande: Tea Ek (s) ordförande, Per Ås (m), Lisa Holm (skp) ersätter Bo Lind (skp), Siv Dahl (v)', 'Ersättare: Kim Berg (ns) ersätter Ola Fors (fp)'));
    const by = new Map(doc.participants.map((p) => [p.name, p]));
    expect(by.get('Lisa Holm')!.party).toBe('SKP');
    expect(by.get('Kim Berg')!.party).not.toBe('FP');
  });
});
