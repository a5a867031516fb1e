// The gates before the decision-process readers' patterns (round 50): each must pass every text its patterns could
// match, so that skipping them where it fails changes no answer. The patterns are built here from the same lexicon
// words, with the same `iu` flags, and asked of each word in the spellings Unicode case folding joins (capitals, `ſ`,
// the Kelvin sign, the Ångström sign, a line break for a space). Every text is invented.
import { describe, expect, it } from 'vitest';
import { PROCESS } from '../../src/lexicon/sv.js';
import { mayMoveOrJoin } from '../../src/parse/process/motions.js';
import { alternation } from '../../src/text/patterns.js';
import { processOf } from './process-helpers.js';

/** A word as Unicode case folding may meet it in a text. */
const spellings = (w: string): string[] => [
  w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1),
  w.replace(/s/g, '\u017f'), w.replace(/k/g, '\u212a'), w.replace(/å/g, '\u212b'), w.replace(/ /g, '\n'), w.replace(/ /g, ' \t '),
];

describe('findMotions passing over a sentence without a word of moving or joining', () => {
  const words = [
    ...PROCESS.moveVerbs, ...PROCESS.movePassive, ...PROCESS.motionNouns, ...PROCESS.proposeVerbs,
    ...PROCESS.secondedBy, ...PROCESS.joinVerbs, ...PROCESS.secondedPassive, ...PROCESS.secondedVerbs, ...PROCESS.joiners,
  ];
  // what each reading of a sentence needs, as motions.ts spells it (MOTION_NOUN and SECONDED_PASSIVE: their words alone)
  const needs = [
    PROCESS.moveVerbs, PROCESS.movePassive, PROCESS.motionNouns, PROCESS.proposeVerbs, PROCESS.secondedBy, PROCESS.joinVerbs, PROCESS.secondedPassive,
  ].map((list) => new RegExp(`(?:${alternation(list)})`, 'iu'));

  it('passes every sentence a reading’s pattern matches, however the word is spelt', () => {
    let matched = 0;
    for (const w of words) {
      for (const s of spellings(w)) {
        for (const text of [`Anna Ek (S) ${s} bifall till förslaget.`, s, `Bo Al ${s}`]) {
          if (!needs.some((re) => re.test(text))) continue;
          matched++;
          expect(mayMoveOrJoin(text), JSON.stringify(text)).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('passes over sentences that hold none', () => {
    for (const text of ['Förvaltningen har utrett frågan.', 'Ärendet bordläggs.', 'Anna Ek (S) anmäler jäv.', 'Bo Al (M) reserverar sig mot beslutet.']) {
      expect(mayMoveOrJoin(text), text).toBe(false);
    }
  });

  it('still reads the motions of a body whose other sentences hold none, in any spelling', () => {
    const body = [
      'Yrkanden',
      '',
      'Förvaltningen har utrett frågan. Anna Ek (S) YRKAR bifall till förslaget. Mötet diskuterade ärendet.',
      '',
      'Bo Al (M) yr\u212aar avslag. Eva Ås (C) instämmer i Bo Als yrkande.',
    ].join('\n');
    const motions = processOf(body).motions.map((m) => [m.by.join(' + '), m.text]);
    expect(motions).toEqual([
      ['Anna Ek', 'bifall till förslaget'],
      ['Bo Al + Eva Ås', 'avslag'],
    ]);
  });
});
