// The anslag block's `Förvaringsplats.` with its value lost (a transcript dropped the
// row of values): the label on the next line (`Underskrift: …`) is no place where the
// minutes are kept. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = (stored: string): string =>
  text(
    'EKEBY KOMMUN SAMMANTRÄDESPROTOKOLL',
    'Plats och tid Stadshuset, Ekeby',
    'Beslutande Eva Lund (S), ordförande',
    'Nils Ek (M)',
    'Utses att justera Nils Ek',
    'Sekreterare: Maja Holm',
    'Paragrafer: 1-2',
    'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
    'Organ: Kommunstyrelsens arbetsutskott',
    'Sammanträdesdatum:',
    stored,
    'Underskrift: Kommunledningskontoret Maja Holm',
    '',
    '§ 1 Budget',
    'Arbetsutskottet beslutar att godkänna budgeten.',
  );

describe('where the minutes are kept', () => {
  it('is none where the label lost its value and the next label follows', () => {
    expect(meetingDoc(front('Förvaringsplats.')).signatures?.storedAt ?? null).toBeNull();
  });

  it('is the value where there is one (guard: passes before and after)', () => {
    expect(meetingDoc(front('Förvaringsplats för protokollet: Kommunkansliet')).signatures?.storedAt).toBe('Kommunkansliet');
  });
});
