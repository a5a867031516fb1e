// ownString copies a line's string into a sequential one (text/own-string.ts): the characters must be the same,
// whatever the string's length or its characters' width, and a short string is returned as it is.
import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/text/own-string.js';

describe('ownString', () => {
  it('keeps every character of slices, joins and wide strings', () => {
    const source = 'Kommunstyrelsen   § 12 Budget 2026 – beslut (bilaga 3) ☒ Anna Ek';
    for (const s of [source.slice(3), source.slice(0, 20) + source.slice(40), source, '§ 1 ' + '–'.repeat(30), 'a'.repeat(13), '']) {
      const copy = ownString(s);
      expect(copy).toBe(s);
      expect(copy.length).toBe(s.length);
    }
  });

  it('returns a string shorter than any slice as it is', () => {
    const short = 'Beslutande';
    expect(ownString(short)).toBe(short);
  });
});
