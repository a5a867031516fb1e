// Votes written as each side's votes for it: `Med 31 röster för kommunstyrelsens förslag och
// 18 röster för Eva Eks yrkande beslutar fullmäktige …`, `35 röster för … mot 14 röster för
// …, 2 avstod`. The first side's votes are the yes, the other's the no. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readCounts } from '../../src/parse/process/counts.js';

describe('votes for each side', () => {
  it.each<[string, [number | null, number | null, number | null]]>([
    ['Med 33 röster för kommunstyrelsens förslag och 16 röster för Lisa Sandins yrkande beslutar fullmäktige att anta planen', [33, 16, null]],
    ['Omröstningen utföll med 35 röster för utskottets förslag mot 14 röster för Olof Brinks yrkande, 2 avstod', [35, 14, 2]],
  ])('%s', (sentence, [yes, no, abstain]) => {
    const c = readCounts(sentence);
    expect([c?.yes, c?.no, c?.abstain]).toEqual([yes, no, abstain]);
  });
});
