// The gates before the decision-process readers' patterns (round 50): each must pass every text its patterns could
// match, so that skipping them where it fails changes no answer. The patterns are built here from the same lexicon
// words, with the same `iu` flags, and asked of each word in the spellings Unicode case folding joins (capitals, `ſ`,
// the Kelvin sign, the Ångström sign, a line break for a space). Every text is invented.
import { describe, expect, it } from 'vitest';
import { PROCESS } from '../../src/lexicon/sv.js';
import { findPresenter } from '../../src/parse/decisions/presenter.js';
import { readParagraphs, type ReadParagraph } from '../../src/parse/decisions/roles.js';
import { mayMoveOrJoin } from '../../src/parse/process/motions.js';
import { partsOf } from '../../src/parse/process/parts.js';
import type { Paragraph } from '../../src/text/line.js';
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

/** A paragraph of these lines, joined as paragraphs() joins them (a space), with each line's start. */
function paragraphOf(lines: readonly string[]): Paragraph {
  const starts: { offset: number; line: number }[] = [];
  let text = '';
  for (const [k, l] of lines.entries()) {
    if (k > 0) text += ' ';
    starts.push({ offset: text.length, line: k + 1 });
    text += l;
  }
  return { text, line: 1, heading: 0, starts, said: null };
}
const asBody = (p: Paragraph): ReadParagraph => ({ paragraph: p, role: 'body', by: null, proposes: undefined, recommender: undefined, procedure: undefined, motions: undefined, earlier: undefined });

describe('the parts cut at a later line’s label, only where a colon stands in reach', () => {
  const cutsOf = (lines: readonly string[]): string[] => partsOf([], [asBody(paragraphOf(lines))]).map((p) => `${p.section ?? '-'}|${p.text}`);

  it('cuts at a label and its colon, on its line or on the line after it', () => {
    expect(cutsOf(['Förvaltningen informerar om läget.', 'Reservation: Bo Ek (M) reserverar sig.'])).toEqual([
      '-|Förvaltningen informerar om läget.',
      'reservations|Bo Ek (M) reserverar sig.',
    ]);
    expect(cutsOf(['Beslutet fattades.', 'Reservation', ': Bo Ek (M) reserverar sig.'])).toEqual(['-|Beslutet fattades.', 'reservations|Bo Ek (M) reserverar sig.']);
  });

  it('reads the same where no colon, or none in reach, follows the first line', () => {
    expect(cutsOf(['Beslut: Styrelsen godkänner rapporten.', 'Reservation mot beslutet anmäls av Bo Ek (M).'])).toEqual([
      '-|Beslut: Styrelsen godkänner rapporten. Reservation mot beslutet anmäls av Bo Ek (M).',
    ]);
    const far = ['Inledning.', 'Reservation mot beslutet anmäldes av flera ledamöter i nämnden under mötet', 'Tid: kl. 13.00', 'Jäv: Eva Ås (C)'];
    expect(cutsOf(far)).toEqual([
      '-|Inledning. Reservation mot beslutet anmäldes av flera ledamöter i nämnden under mötet Tid: kl. 13.00',
      'conflicts|Eva Ås (C)',
    ]);
  });
});

describe('the presenter a body’s line names, only lines that hold ` av ` read', () => {
  const presenter = (...paras: string[][]): string | null => findPresenter(paras.map(paragraphOf));

  it('finds the line after lines without it, and after a line with an `av` of its own', () => {
    expect(presenter(['Styrelsen diskuterade läget.', 'Information av förbundschef Maria Lind.'])).toBe('Maria Lind');
    expect(presenter(['Rapporten av den 3 maj diskuterades.', 'Kort om läget.', 'Information av Maria Lind.'])).toBe('Maria Lind');
    expect(presenter(['Inget här.'], ['Utdrag av protokoll.', 'Muntlig information av Eva Holm och Per Ek.'])).toBe('Eva Holm och Per Ek');
  });

  it('reads none where the `av` stands across a line’s end, or nowhere', () => {
    expect(presenter(['Information av', 'Maria Lind.'])).toBe(null);
    expect(presenter(['Information om läget.', 'Maria Lind.'])).toBe(null);
  });
});

describe('a paragraph cut at its lines’ headings, only where a colon, `eslut` or a distribution’s stem stands', () => {
  const pieces = (...lines: string[]): string[] => readParagraphs([paragraphOf(lines)], true).map((r) => `${r.role}|${r.paragraph.text}`);

  it('still cuts a one-word heading off the prose under it, where the paragraph holds none of them', () => {
    expect(pieces('Finansiering', 'Insatsen finansieras av förbundet.', 'Den pågår i två år.')).toEqual([
      'body|Finansiering',
      'body|Insatsen finansieras av förbundet. Den pågår i två år.',
    ]);
    expect(pieces('Förvaltningen har berett ärendet.', 'Det finns inga kostnader.')).toEqual(['body|Förvaltningen har berett ärendet. Det finns inga kostnader.']);
  });

  it('cuts at a distribution note without its colon, a label’s `beslut att` and a label with its colon', () => {
    expect(pieces('Förvaltningen har berett ärendet.', 'Expedieras till Akten')).toEqual(['body|Förvaltningen har berett ärendet.', 'body|Expedieras till Akten']);
    expect(pieces('Nämnden har diskuterat frågan.', 'Beslut att godkänna rapporten.').length).toBe(2);
    expect(pieces('Förvaltningen informerar.', 'Handläggare: Eva Ek').length).toBe(2);
  });
});
