// A posting block's heading in capitals run on in a flattened line (`… Sekreterare Pia Dahl
// TILLKÄNNAGIVANDE AV JUSTERING Protokollet är justerat. …`) stays whole: its last word is a
// label of its own (`Justering`), which must not cut the heading after `AV`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf } from './helpers.js';

describe('a label phrase cut out of a flattened line', () => {
  it('is not cut again at a label word inside it', () => {
    const lines = linesOf(
      'Ordförande Ola Brink Justerare Tove Ahl Sekreterare Siv Nord TILLKÄNNAGIVANDE AV JUSTERING Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
    ).map((l) => l.text);
    expect(lines).toContain('TILLKÄNNAGIVANDE AV JUSTERING Protokollet är justerat. Justeringen har tillkännagivits genom anslag.');
    expect(lines).not.toContain('TILLKÄNNAGIVANDE AV');
  });

  it('still cuts before the next label after it (guard)', () => {
    const lines = linesOf('Sekreterare Siv Nord TILLKÄNNAGIVANDE AV JUSTERING Protokollet är justerat. Förvaringsplats för protokollet Kansliet').map((l) => l.text);
    expect(lines).toEqual(['Sekreterare Siv Nord', 'TILLKÄNNAGIVANDE AV JUSTERING Protokollet är justerat.', 'Förvaringsplats för protokollet Kansliet']);
  });
});
