// A kommunalförbund's minutes whose first page a web archive flattened onto one line, listing
// a co-opted member with the municipality she comes from (`Adjungerade Jana Ny (S) Norrviks
// kommun`): a member's municipality is not whose meeting it is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = (letterhead: string) =>
  text(
    letterhead,
    '',
    'Plats och tid Vikby, kl 09.30-12.00 Omfattning §§ 1-2 Beslutande Ulla Ström (S) ordförande Mats Lövby (M) Stig Berg (S) Ersättare Lena Palm (S) Adjungerade Jana Ny (S) Norrviks kommun Övriga Lena Brand, förbundsdirektör Kim Klar, förbundssekreterare',
    '',
    'Sekreterare Kim Klar Ordförande Ulla Ström Justerare Mats Lövby',
    '',
    '§ 1 Val av justerare',
    'Mats Lövby (M) utses att jämte ordförande justera dagens protokoll.',
    '§ 2 Budget 2025',
    'Direktionen beslutar att anta budgeten.',
  );

describe('a member\'s municipality in a flattened list', () => {
  it('is not the meeting\'s organisation', () => {
    const doc = meetingDoc(FRONT('Direktionsprotokoll 2024-01-30'));
    expect(doc.meeting?.body).toBe('direktion');
    expect(doc.meeting?.organisation).toBeNull();
    expect(doc.participants.find((p) => p.name === 'Jana Ny')?.organisation).toBe('Norrviks kommun');
  });

  it('leaves the förbund of the letterhead the organisation', () => {
    const doc = meetingDoc(FRONT('Direktionen för Vikbygdens kommunalförbund, protokoll 2024-01-30'));
    expect(doc.meeting?.organisation).toBe('Vikbygdens kommunalförbund');
  });
});
