// Motions (yrkanden): `Anna Ek (S) yrkar bifall till kommunstyrelsens förslag`, `X och Y (M)
// yrkar avslag`, `X yrkar att ärendet återremitteras`, `X (V) yrkar i första hand … i andra
// hand …`, `X (KD) med instämmande av Y (L) yrkar …`, `Under överläggningen yrkar X (S) …`,
// `Bifall yrkas av X (S)`, `X (L) lämnar följande tilläggsyrkande: …`, Finnish-Swedish
// `Ledamoten X understödd av ledamoten Y föreslog att …`, and under a `Yrkanden` heading
// one motion a paragraph or a line, bulleted or not: `Anna Ek (S): Bifall till arbetsutskottets förslag.` The text is
// what is moved, as written after the verb; a motion whose text follows on the next
// paragraph (`X (M) yrkar:` / `att …`) takes that paragraph.
import { PROCESS } from '../../lexicon/sv.js';
import type { Motion } from '../../schema/result.js';
import { allMatches, alternation, trimEndOf } from '../../text/patterns.js';
import { hintOf } from '../../text/hint.js';
import { leadingActors, readActors, type Actors } from './actors.js';
import { isMemberProposal } from '../decisions/decides.js';
import { mayState } from './elsewhere.js';
import { sentencesOfPart, type Part } from './parts.js';
import { actorsAround } from './subject.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';

const A = `(?<![${ANY_LETTER}])`;
const B = `(?![${ANY_LETTER}])`;
const MOVE = new RegExp(`${A}(?:${alternation(PROCESS.moveVerbs)})${B}`, 'iu');
// `Anna Ek (S) föreslår att …`: moving in plain language, under a heading over the motions only
const PROPOSE = new RegExp(`${A}(?:${alternation(PROCESS.proposeVerbs)})${B}`, 'iu');
const MOVE_PASSIVE = new RegExp(`${A}(?:${alternation(PROCESS.movePassive)})${B}`, 'iu');
const MOTION_NOUN = new RegExp(
  `${A}(?:${alternation(PROCESS.motionNounVerbs)})\\s+(?:(?:${alternation(PROCESS.motionQualifiers)})\\s+)?((?:${alternation(PROCESS.motionNouns)})${B})`,
  'iu',
);
const SECONDED = new RegExp(`${A}(?:${alternation(PROCESS.secondedBy)})${B}`, 'iu');
const SECONDED_VERB = new RegExp(`${A}(?:${alternation(PROCESS.secondedVerbs)})${B}`, 'iu');
// `Bo Ek (L) instämmer i Anna Eks (M) yrkande`, `Eva Ås (C) instämmer.`
const JOIN = new RegExp(`${A}(?:${alternation(PROCESS.joinVerbs)})${B}`, 'iu');
const JOINED_LAST = new RegExp(`^(?:i\\s+(?:${alternation(PROCESS.joinedLast)}))?$`, 'iu');
const JOINED_MOVER = new RegExp(`^i\\s+([${UPPER_LETTER}][${ANY_LETTER}'’-]*(?:\\s+[${UPPER_LETTER}][${ANY_LETTER}'’-]*){0,3})\\s+(?:\\([^()]{1,12}\\)\\s+)?[${ANY_LETTER}]*yrkanden?$`, 'u');
// `, med instämmande av Bo Ek (V),` right after the verb
const JOINED = new RegExp(`^\\s*,\\s*(?:${alternation(PROCESS.joiners)})\\s+([^,]{1,120}),`, 'iu');
// `… yrkar med instämmande av Ida Ström (C) och Dan Ros (L) att …`: the same without commas, the joiners up to the first word of no name
const JOINED_BARE = new RegExp(`^\\s+(?:${alternation(PROCESS.joiners)})\\s+(?=[${UPPER_LETTER}])`, 'iu');
// `Anna Ek (S): Bifall …`, `Pär Lindgård, fp: Motionen bifalls.`, `Anna Ek (S) – bifall …`
const LABELLED = /^([^:–]{3,120}?)\s*(?::|\s[–-]\s)\s*(\S.*)$/su;
const BULLET = /^[•\-–−*]\s+/u;
// plain `i` (no `u`): å/ä/ö fold without Unicode mode, and the test is several times faster
const HINT = /yrka|understödd|instäm/i;
const MAY_PROPOSE = /föreslå|föreslog/i;
// A sentence's reading below needs one of these words: a verb of moving, active or passive (MOVE, MOVE_PASSIVE, and
// byMover's cuts at MOVE), a motion's noun (MOTION_NOUN), proposing (PROPOSE, memberProposes, isMemberProposal), seconding
// (SECONDED) or, for joinMotion, joining (JOIN) and seconding in the passive (SECONDED_PASSIVE). Each of those patterns
// matches only where one of its words stands, and hintOf folds as their `iu` does: a sentence with none of the words
// moves nothing and joins nothing, and is passed over before the patterns are asked (most sentences of a part that
// holds a motion's stem somewhere)
const MAY_MOVE_OR_JOIN = hintOf([
  ...PROCESS.moveVerbs, ...PROCESS.movePassive, ...PROCESS.motionNouns, ...PROCESS.proposeVerbs,
  ...PROCESS.secondedBy, ...PROCESS.joinVerbs, ...PROCESS.secondedPassive,
]);
/** The sentence holds a word that moving, proposing, seconding or joining needs (the gate before findMotions' readings). */
export const mayMoveOrJoin = (sentence: string): boolean => MAY_MOVE_OR_JOIN.test(sentence);

const clean = (s: string): string => trimEndOf(s.trim().replace(/^[,:]\s*/u, ''), '.;,');

export function findMotions(parts: readonly Part[]): Motion[] {
  const out: Motion[] = [];
  parts.forEach((part, k) => {
    const before = out.length;
    const headed = part.section === 'motions';
    // (`Behandling` / `Per Lind föreslog att ärendet bordläggs.`: Finnish-Swedish minutes move so in the course of the item)
    const proposing = (headed || part.section === 'course') && MAY_PROPOSE.test(part.text);
    // (`Anna Ek (S) föreslår att …` anywhere but in the case's description: a member, named with a party, moves)
    const members = !proposing && part.section !== 'description' && part.text.includes(')') && MAY_PROPOSE.test(part.text);
    // (`Beslut:` / `Ledamot Anna Ek föreslog att …`: a member's proposal told under the decision heading, not the organ's)
    const underDecision = !proposing && part.section === 'decision' && MAY_PROPOSE.test(part.text);
    if ((part.stems && HINT.test(part.text)) || proposing || members || underDecision) {
      for (const s of sentencesOfPart(part)) {
        if (!mayMoveOrJoin(s.text)) continue;
        for (const piece of byMover(s.text)) {
          const m = mayState(part.section, piece)
            ? (readMotion(piece, proposing) ?? (members ? memberProposes(piece) : null) ?? (underDecision && isMemberProposal(piece) ? readMotion(piece, true) : null))
            : null;
          if (!m) {
            if (out.length > 0 && mayState(part.section, piece)) joinMotion(piece, out);
            continue;
          }
          // `Anna Ek (M) yrkar:` with the clauses on the next paragraph, and one that announces them
          // (`… yrkar enligt följande:`, `… föreslog följande hemställningskläm:`): the announcement with that paragraph
          // (… where the announcement ends its paragraph and the next one stands under the same heading: words after it in the
          // paragraph, or a paragraph under `Beslutsgång`, are none of the motion)
          const colon = piece.trimEnd().endsWith(':');
          const text = !colon ? m.text : m.text === '' ? clean(parts[k + 1]?.text ?? '') : m.text.endsWith(':') && endsPart(part, piece, parts[k + 1]) ? announced(m.text, parts[k + 1]) : m.text;
          if (text !== '') out.push({ by: m.actors.by, parties: m.actors.parties, text, line: s.line });
        }
      }
    }
    if (out.length === before && part.section === 'motions' && !part.labelled) labelledMotion(part, out);
  });
  return out;
}

/** The piece ends its part's text, and the next part stands under the same heading. */
const endsPart = (part: Part, piece: string, next: Part | undefined): boolean =>
  next !== undefined && next.section === part.section && part.text.trimEnd().endsWith(piece.trim());

/** A motion's announcing words (or none) and the paragraph after them that holds what is moved. */
function announced(lead: string, next: Part | undefined): string {
  const words = clean(next?.text ?? '');
  if (words === '') return lead;
  return lead === '' ? words : `${lead} ${words}`;
}

// `Anna Ek (S) föreslår …`: the movers, the last with a party's bracket, right before the verb
const BRACKET_BEFORE = /\),?\s*$/u;
// `… föreslår i en motion att …`: the author of the document the item handles, no motion at this meeting
const IN_DOCUMENT = new RegExp(`^i\\s+(?:[${ANY_LETTER}]+\\s+)?(?:${alternation(PROCESS.documentNouns)})${B}`, 'iu');

/** A member's motion told with `föreslår`/`föreslog` outside a heading over the motions: only movers named with a party. */
function memberProposes(sentence: string): { actors: Actors; text: string } | null {
  const verb = PROPOSE.exec(sentence);
  if (!verb || !BRACKET_BEFORE.test(sentence.slice(0, verb.index))) return null;
  const m = readMotion(sentence, true);
  return m && m.actors.by.length > 0 && m.actors.parties.length > 0 && !IN_DOCUMENT.test(m.text) ? m : null;
}

const MOVE_ALL = new RegExp(MOVE.source, 'giu');
// where a second mover may open: after a comma, a semicolon or a word that joins clauses
const CLAUSE_SEPARATOR = /(?:[,;]|\s(?:och|samt|medan))\s+/gu;

/**
 * `Bo Ek (M) yrkar bifall och Eva Ås (M) yrkar avslag.`: one sentence, two motions, cut where
 * a separator has only actors between it and the next verb of moving; else the sentence whole.
 */
function byMover(sentence: string): string[] {
  const verbs = [...allMatches(MOVE_ALL, sentence)];
  if (verbs.length < 2) return [sentence];
  const pieces: string[] = [];
  let from = 0;
  for (let v = 1; v < verbs.length; v++) {
    const span = sentence.slice(verbs[v - 1]!.index + verbs[v - 1]![0].length, verbs[v]!.index);
    const base = verbs[v - 1]!.index + verbs[v - 1]![0].length;
    // (the first separator from the left that leaves only actors: `…, Bo Ek (M) och Eva Ås (M) yrkar …` takes both)
    const sep = [...allMatches(CLAUSE_SEPARATOR, span)].find((m) => readActors(span.slice(m.index + m[0].length)) !== null);
    if (!sep) continue;
    pieces.push(sentence.slice(from, base + sep.index));
    from = base + sep.index + sep[0].length;
  }
  pieces.push(sentence.slice(from));
  return pieces;
}

/** One motion in a sentence, or null (`headed`: under a heading over the motions). */
function readMotion(sentence: string, headed: boolean): { actors: Actors; text: string } | null {
  const s = sentence.replace(/^[•\-–*]\s*/u, '');
  const passive = MOVE_PASSIVE.exec(s);
  if (passive) {
    // `Bifall till förslaget yrkas av Anna Ek (S)`
    const lead = leadingActors(s.slice(passive.index + passive[0].length).trimStart());
    const text = clean(s.slice(0, passive.index));
    return lead && text ? { actors: lead.actors, text } : null;
  }
  const verb = MOVE.exec(s) ?? (headed && MAY_PROPOSE.test(s) ? PROPOSE.exec(s) : null);
  if (verb) {
    let after = s.slice(verb.index + verb[0].length);
    const joined = JOINED.exec(after);
    let extra: Actors | null = null;
    if (joined) {
      extra = readActors(joined[1]!);
      after = after.slice(joined[0].length);
    } else {
      const bare = JOINED_BARE.exec(after);
      const lead = bare ? leadingActors(after.slice(bare[0].length)) : null;
      if (lead) {
        extra = lead.actors;
        after = after.slice(bare![0].length + lead.end);
      }
    }
    const movers = actorsAround(s.slice(0, verb.index), after);
    if (!movers) return null;
    let actors = extra ? merge(movers.actors, extra) : movers.actors;
    let text = movers.rest;
    // `Under diskussionen föreslog Per Lind, understödd av Eva Holm, att …`: the mover after the verb, the seconder after the mover
    const seconded = extra ? null : JOINED.exec(text);
    const seconders = seconded ? readActors(seconded[1]!) : null;
    if (seconders) {
      actors = merge(actors, seconders);
      text = text.slice(seconded![0].length);
    }
    // `… yrkar bifall till förslaget med instämmande av Bo Ek (V)`
    const tail = lastJoiner(text);
    if (tail) {
      actors = merge(actors, tail.actors);
      text = text.slice(0, tail.at);
    }
    return { actors, text: clean(text) };
  }
  const noun = MOTION_NOUN.exec(s);
  if (noun) {
    const movers = actorsAround(s.slice(0, noun.index), '');
    return movers ? { actors: movers.actors, text: clean(s.slice(noun.index + noun[0].length - noun[1]!.length)) } : null;
  }
  if (SECONDED.test(s)) {
    // `Ledamoten X understödd av ledamoten Y föreslog att ärendet ska återremitteras`
    const v = SECONDED_VERB.exec(s);
    if (!v) return null;
    const movers = readActors(s.slice(0, v.index));
    if (!movers) return null;
    // `Per Lind föreslog, understödd av Eva Holm, att …`: the seconder between the verb and the clause
    let after = s.slice(v.index + v[0].length);
    const joined = JOINED.exec(after);
    const seconders = joined ? readActors(joined[1]!) : null;
    if (seconders) after = after.slice(joined![0].length);
    return { actors: seconders ? merge(movers, seconders) : movers, text: clean(after) };
  }
  return null;
}

/**
 * `Bo Ek (L) instämmer i Anna Eks yrkande`, `… i yrkandet`, `Eva Ås (C) instämmer.`: the joiners
 * move that motion too (the one just made where none is named); a note joined (`instämmer i
 * anteckningen`) or a mover the § does not hold adds nobody.
 */
function joinMotion(sentence: string, out: Motion[]): void {
  const seconded = SECONDED_PASSIVE.exec(sentence);
  if (seconded) {
    joinLast(readActors(trimEndOf(sentence.slice(seconded.index + seconded[0].length).trim(), '.;,')), out);
    return;
  }
  const verb = JOIN.exec(sentence);
  if (!verb) return;
  const joiners = readActors(sentence.slice(0, verb.index).replace(/^[•\-–*]\s*/u, ''));
  if (!joiners || joiners.by.length === 0) return;
  const target = trimEndOf(sentence.slice(verb.index + verb[0].length).trim(), '.;,');
  let motion: Motion | undefined;
  if (JOINED_LAST.test(target)) motion = out[out.length - 1];
  else {
    const named = JOINED_MOVER.exec(target)?.[1];
    // (`Anna Eks`: the genitive's `s` off, or kept where the name ends in it)
    if (named) motion = out.find((m) => m.by.some((b) => b === named || `${b}s` === named));
  }
  if (!motion) return;
  for (const b of joiners.by) if (!motion.by.includes(b)) motion.by.push(b);
  for (const p of joiners.parties) if (!motion.parties.includes(p)) motion.parties.push(p);
}

/**
 * Under a `Yrkanden` heading: `Anna Ek (S): Bifall till arbetsutskottets förslag.`, one a
 * paragraph or one a line (`Pär Lund, fp: Motionen bifalls.` / `Eva Ek, s: Motionen avslås.`).
 */
function labelledMotion(part: Part, out: Motion[]): void {
  const p = part.paragraph;
  const first = out.length;
  let current: Motion | null = null;
  p.starts.forEach((start, k) => {
    const from = Math.max(start.offset, part.offset);
    // (`- Anna Ek (S): bifall …`: a bullet before the mover is none of the label)
    const line = p.text.slice(from, p.starts[k + 1]?.offset ?? p.text.length).trim().replace(BULLET, '');
    const m = LABELLED.exec(line);
    const actors = m ? readActors(m[1]!) : null;
    if (m && actors) {
      current = { by: actors.by, parties: actors.parties, text: m[2]!, line: start.line };
      out.push(current);
    } else if (current) {
      current.text = `${current.text} ${line}`;
    }
  });
  const found = out.splice(first).map((m) => ({ ...m, text: clean(m.text) }));
  out.push(...found.filter((m) => m.text !== ''));
}

// `Förslaget understöddes av Lisa Sund.`: the motion just made, seconded (a word or two for it before the verb)
const SECONDED_PASSIVE = new RegExp(`^(?:[${ANY_LETTER}]+\\s+){1,2}?(?:${alternation(PROCESS.secondedPassive)})\\s+`, 'iu');
/** The seconders added to the motion just made. */
function joinLast(seconders: Actors | null, out: Motion[]): void {
  const motion = out[out.length - 1];
  if (!motion || !seconders) return;
  for (const b of seconders.by) if (!motion.by.includes(b)) motion.by.push(b);
  for (const p of seconders.parties) if (!motion.parties.includes(p)) motion.parties.push(p);
}

const JOINER = new RegExp(`${A}(?:${alternation(PROCESS.joiners)})\\s+`, 'giu');

/** Actors joined at the end of a motion's text, and where the joiner starts. */
function lastJoiner(text: string): { actors: Actors; at: number } | null {
  let last: RegExpExecArray | null = null;
  for (const m of allMatches(JOINER, text)) last = m;
  if (!last) return null;
  const actors = readActors(trimEndOf(text.slice(last.index + last[0].length), '.;,'));
  return actors && last.index > 0 && /[\s,]/u.test(text[last.index - 1]!) ? { actors, at: last.index } : null;
}

const merge = (a: Actors, b: Actors): Actors => ({
  by: [...a.by, ...b.by],
  parties: [...new Set([...a.parties, ...b.parties])],
  people: [...a.people, ...b.people],
});
