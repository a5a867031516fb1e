// The anslag block after the last § under a heading other than `ANSLAG/BEVIS` (`BEVIS OM ANSLAG`), or with the
// whole block run on after the heading on one line (`ANSLAG/BEVIS Protokollet är justerat. … Organ Kommunstyrelsen
// Sammanträdesdatum …`, a page a web archive flattened): the block is the minutes' posting, not the last §'s text.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (block: string) =>
  meetingDoc(['PROTOKOLL', 'Kommunstyrelsen', 'Datum: 2024-03-05', '', '§ 2 Budget', 'Kommunstyrelsen beslutar att anta budgeten.', '', block].join('\n'));

describe('an anslag block after the last §', () => {
  it('reads `BEVIS OM ANSLAG` as its heading', () => {
    const doc = minutes('BEVIS OM ANSLAG\nJusteringen har tillkännagetts på kommunens anslagstavla.\nAnslaget sätts upp: 2024-03-08\nAnslaget tas ned: 2024-03-30\nProtokollet förvaras: Kommunkansliet');
    expect(doc.items[0]!.text).toBe('Kommunstyrelsen beslutar att anta budgeten.');
    expect(doc.signatures).toMatchObject({ posted: { from: '2024-03-08', to: '2024-03-30' }, storedAt: 'Kommunkansliet' });
  });

  it('reads the block run on after its heading on one line', () => {
    const doc = minutes(
      'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ Kommunstyrelsen Sammanträdesdatum 2024-03-05 ' +
        'Datum då anslaget sätts upp 2024-03-08 Datum då anslaget tas ned 2024-03-30 Förvaringsplats för protokollet Kommunkansliet Underskrift Gun Berg',
    );
    expect(doc.items[0]!.text).toBe('Kommunstyrelsen beslutar att anta budgeten.');
    expect(doc.signatures?.posted).toEqual({ from: '2024-03-08', to: '2024-03-30' });
  });
});
