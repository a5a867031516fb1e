// The plain tests asked before a pattern (round 41): each must pass every text the pattern could match, so that
// skipping the pattern where it fails changes no answer. Asked of every character or word they stand for.
import { describe, expect, it } from 'vitest';
import { commaAfterFirstWord, isVacantSeat, mayBeCapital, surnameFirst } from '../../src/text/persons.js';
import { findTimes } from '../../src/text/dates.js';
import { HOURS_AFTER_WORDS, VACANT_SEAT_WORDS } from '../../src/lexicon/sv.js';
import { UPPER_LETTER } from '../../src/text/letters.js';

describe('cheap gates before patterns', () => {
  it('takes every capital the letter class holds, and no small Latin-1 letter', () => {
    const capital = new RegExp(`^[${UPPER_LETTER}]$`, 'u');
    const missed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (capital.test(String.fromCharCode(c)) && !mayBeCapital(c)) missed.push(c);
    expect(missed).toEqual([]);
    expect([...'aåäöéßÿ×'].map((c) => mayBeCapital(c.charCodeAt(0)))).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('finds the comma after a surname written first, and not in a name before its comma', () => {
    expect(['Granlund, Ann-Sofie', 'Lund-Holm, Eva (S)', 'Ek,Bo'].map(commaAfterFirstWord)).toEqual([true, true, true]);
    expect(['Anna Ek, ordförande', 'Anna Ek', ', Eva'].map(commaAfterFirstWord)).toEqual([false, false, false]);
    expect(surnameFirst('Granlund, Ann-Sofie (S)')).toEqual({ name: 'Granlund Ann-Sofie', length: 19 });
  });

  it('still reads every vacant seat word, in either case', () => {
    for (const w of VACANT_SEAT_WORDS) {
      expect(isVacantSeat(w)).toBe(true);
      expect(isVacantSeat(w.toUpperCase())).toBe(true);
    }
  });

  it('still reads whole hours after every word of the hours, and a typo written with two hyphens', () => {
    for (const w of HOURS_AFTER_WORDS) expect(findTimes(`${w.toUpperCase()} 13-15`).map((t) => [t.start, t.end])).toEqual([['13:00', '15:00']]);
    expect(findTimes('kl 08.30-12-20', true).map((t) => [t.start, t.end, t.typo])).toEqual([['08:30', '12:20', '08.30-12-20']]);
  });
});
