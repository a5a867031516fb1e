// Vote counts written in words, as older minutes write small numbers (`Omröstningen utfaller
// med sju ja-röster mot fyra nej-röster, en ledamot avstår.`, `med sex röster mot fem`): read
// as digits. `en`/`ett` count only before a word of voting; number words in a sentence that
// does not vote count nothing. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

const counts = (body: string): [number | null, number | null, number | null][] => processOf(body).votes.map((v) => [v.yes, v.no, v.abstain]);

describe('counts in words', () => {
  it('`med sju ja-röster mot fyra nej-röster, en ledamot avstår`', () => {
    expect(counts(text('Omröstning', 'Omröstningen utfaller med sju ja-röster mot fyra nej-röster, en ledamot avstår.'))).toEqual([[7, 4, 1]]);
  });

  it('`med sex röster mot fem`', () => {
    expect(counts(text('Beslutet fattades med sex röster mot fem.'))).toEqual([[6, 5, null]]);
  });

  it('`en` as an article counts nothing (guard)', () => {
    expect(processOf(text('Ja-röst för en utredning, nej-röst för avslag. Omröstningen utfaller med tio ja-röster och tre nej-röster.')).votes.map((v) => [v.yes, v.no, v.abstain])).toEqual([
      [10, 3, null],
    ]);
  });

  it('number words without voting count nothing (guard)', () => {
    expect(counts(text('Nämnden ger sex skolor i uppdrag att ta fram tre förslag.'))).toEqual([]);
  });
});
