// A notice signed on one line at its end: the name and the role after a comma (`Hanna Lilja,
// ordförande`), two names sharing one role (`Hanna Lilja / Per Sten, sekreterare`), or each
// with their own (`Hanna Lilja, ordförande / Per Sten, sekreterare`), after the greeting on its line perhaps
// (`Välkomna! Hanna Lilja, ordförande`), or before the sentence that says where the notice was posted, a page run on in
// one line (`… Hanna Lilja, styrelsens ordförande Denna möteskallelse har anslagits …`). Only the last lines of
// the document are read: in a header or a list of participants such a line is a person's entry.
import { roleOfLabel, runTogether, type SignatureRole } from '../../segment/signatures.js';
import { looksLikeName } from '../../split/titles.js';
import { isGivenName, isStaffPosition } from '../../text/persons.js';
import { columns, isBlank, type Line } from '../../text/line.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { opensNoticeClosing } from '../../text/notice-closing.js';
import { NOTICE_POSTED_OPENINGS, ON_BEHALF_WORDS } from '../../lexicon/sv.js';
import type { Signers } from './blocks.js';
import { namesThenLabelsOnLine } from './names-then-labels.js';
import { roleOfTitle } from './role-of-title.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// how many lines with text, from the end, may hold the signer (a date or a phone number may follow)
const TAIL_LINES = 3;

export function signerLineAtEnd(lines: readonly Line[], start: number, end: number): Signers {
  const signers: Signers = { chair: [], secretary: [], adjusters: [] };
  for (let i = end - 1, seen = 0; i >= start && seen < TAIL_LINES; i--) {
    if (isBlank(lines[i]!)) continue;
    seen++;
    let found = signersOf(afterGreeting(lines[i]!.flat));
    // `/Petra Lund` over `nämndsekreterare`: the name over its role alone, the last line
    const role = !found && seen === 1 ? roleOfTitle(trimEndOf(lines[i]!.flat, '.')) : null;
    const above = role !== null && i > start && !isBlank(lines[i - 1]!) ? withoutSlash(lines[i - 1]!.flat) : '';
    if (role !== null && looksLikeName(above)) {
      signers[role].push(above);
      // (`Anna Ek` / `Valnämndens ordförande` over `Per Ås` / `Valnämndens sekreterare`: the pairs above it too)
      for (const [r, name] of pairsAbove(lines, start, i - 1)) if (!signers[r].includes(name)) signers[r].push(name);
      break;
    }
    // `Lars Holm   Eva Ring` over `Ordförande   Förbundschef`: the names over their titles, one a signer's
    const over = !found && seen === 1 && i > start && !isBlank(lines[i - 1]!) ? namesOverTitles(lines[i - 1]!, lines[i]!) : null;
    if (over) {
      for (const [role, name] of over) signers[role].push(name);
      break;
    }
    // `4. Övriga frågor Lars Holm Ordförande Eva Ring Sekreterare`: the signers run on after the agenda's last point
    if (!found && seen === 1) {
      const tail = signersAfterText(lines[i]!.flat);
      if (tail) {
        for (const [role, name] of tail) if (!signers[role].includes(name)) signers[role].push(name);
        break;
      }
    }
    // `… ÄRENDEN TILL KÄNNEDOM Eva Strand, förbundsstyrelsens ordförande Denna möteskallelse har …`: before the posting's sentence
    const before = found ? null : signerBeforePosting(lines[i]!.flat);
    if (before) {
      signers[before[0]].push(before[1]);
      break;
    }
    if (!found) continue;
    // (the signers one a line, `Hanna Lilja, ordförande` over `Per Sten, sekreterare`: the lines right above are read too)
    const rows: [SignatureRole, string][][] = [];
    for (let k = i; found; found = k > start ? signersOf(lines[--k]!.flat) : null) rows.unshift(found);
    for (const [role, name] of rows.flat()) if (!signers[role].includes(name)) signers[role].push(name);
    break;
  }
  return signers;
}

// (the sentence's opening words all hold this: the cheap test before the line is lowered)
const POSTED_STEM = 'allelse';
// how far before the sentence the signer's name and role stand at most
const SIGNER_REACH = 100;
// a name of two to four capitalised words, a comma, and the role after a word or two (`förbundsstyrelsens ordförande`)
const NAME_ROLE_AT_END = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}-]+(?: [${UPPER_LETTER}][${LOWER_LETTER}-]+){1,3}), (?:[${LOWER_LETTER}-]+ ){0,2}([${LOWER_LETTER}]+)\\.?$`, 'u');

/** `Eva Strand, förbundsstyrelsens ordförande Denna möteskallelse har …`: the signer and role before the posting's sentence, or null. */
function signerBeforePosting(text: string): [SignatureRole, string] | null {
  if (!text.includes(POSTED_STEM)) return null;
  const lower = text.toLowerCase();
  for (const opening of NOTICE_POSTED_OPENINGS) {
    const at = lower.indexOf(opening);
    if (at <= 0) continue;
    const reach = Math.max(0, at - SIGNER_REACH);
    const m = NAME_ROLE_AT_END.exec(text.slice(reach, at).trimEnd());
    const role = m ? roleOfLabel(m[2]!) : null;
    if (!role) {
      const chair = chairBeforeOnBehalf(text.slice(reach, at), lower.slice(reach, at));
      if (chair) return chair;
      continue;
    }
    // (`KÄNNEDOM Eva Strand`, `Budget Eva Strand`: the name opens on its given name)
    const words = m![1]!.split(' ');
    while (words.length > 2 && !isGivenName(words[0]!)) words.shift();
    const name = words.join(' ');
    if (looksLikeName(name)) return [role, name];
  }
  return null;
}

// the role's label and the name after it, ending the text (`Ordförande Eva Strand`)
const ROLE_THEN_NAME_AT_END = new RegExp(`(?:^|\\s)([${UPPER_LETTER}][${LOWER_LETTER}]+) ([${UPPER_LETTER}][${LOWER_LETTER}-]+(?: [${UPPER_LETTER}][${LOWER_LETTER}-]+){1,2})$`, 'u');

// the name and the role after its comma, ending the text, the role's word after an organ's short name perhaps (`Eva Strand,
// KST-ordf`, `Eva Strand, ordf.`)
const NAME_COMMA_ROLE_AT_END = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}-]+(?: [${UPPER_LETTER}][${LOWER_LETTER}-]+){1,2}), (?:[${UPPER_LETTER}]{2,6}-)?([${LOWER_LETTER}]+\\.?)$`, 'u');

/**
 * `Ordförande Eva Strand enligt uppdrag Olle Berg, kom.dir.`, `Eva Strand, KST-ordf Enligt uppdrag: Olle Berg, k.dir`: the
 * signer under the role's label or with the role after the name, before the one who signs on their behalf; or null.
 */
function chairBeforeOnBehalf(text: string, lower: string): [SignatureRole, string] | null {
  for (const words of ON_BEHALF_WORDS) {
    const at = lower.lastIndexOf(` ${words}`);
    if (at <= 0) continue;
    const before = text.slice(0, at);
    const m = ROLE_THEN_NAME_AT_END.exec(before);
    const role = m ? roleOfLabel(m[1]!) : null;
    if (role && looksLikeName(m![2]!)) return [role, m![2]!];
    const after = NAME_COMMA_ROLE_AT_END.exec(before);
    const its = after ? roleOfLabel(after[2]!) : null;
    if (its && looksLikeName(after![1]!)) return [its, after![1]!];
  }
  return null;
}

// a notice's greeting before its signer on one line is short (`Varmt välkomna!`)
const GREETING_LENGTH = 24;
/** The words after a notice's greeting on its line (`Välkomna! Per Holm, ordförande` → `Per Holm, ordförande`), or the line. */
function afterGreeting(text: string): string {
  const bang = text.indexOf('!');
  const after = bang > 0 && bang < GREETING_LENGTH && bang + 1 < text.length && opensNoticeClosing(text) ? text.slice(bang + 1).trimStart() : text;
  // (`Enligt uppdrag: Anna Ek, nämndsekreterare`: the words of signing on the chair's behalf, the first letters the cheap test)
  const onBehalf = ON_BEHALF_FIRST.has(after.charCodeAt(0) | 32) ? ON_BEHALF_START.exec(after) : null;
  return onBehalf ? after.slice(onBehalf[0].length) : after;
}
const ON_BEHALF_START = new RegExp(`^(?:${alternation(ON_BEHALF_WORDS)})[:,]?\\s+(?=[${UPPER_LETTER}])`, 'iu');
const ON_BEHALF_FIRST = new Set<number>(ON_BEHALF_WORDS.map((w) => w.charCodeAt(0)));

// (a role word closes the line: the cheap test before its words are tried)
const ENDS_ON_ROLE = new RegExp(`\\s[${ANY_LETTER}]{4,20}$`, 'u');
/** The names-then-labels run that ends a longer line, each name with the role after it; null where the line ends otherwise. */
function signersAfterText(text: string): [SignatureRole, string][] | null {
  if (text.length > 200 || !ENDS_ON_ROLE.test(text) || roleOfLabel(text.slice(text.lastIndexOf(' ') + 1)) === null) return null;
  const words = text.split(' ');
  for (let k = 1; k + 3 < words.length; k++) {
    // (the run opens on a given name: not `Budget Lars Holm`, the point's title before it)
    const run = isGivenName(words[k]!) ? namesThenLabelsOnLine(words.slice(k).join(' ')) : null;
    if (run) return run.map(({ role, name }) => [role, name]);
  }
  return null;
}

// a row of two to four titles is short
const TITLES_LENGTH = 80;
/**
 * `Greta Wiklund   Arvid Nyqvist` over `Ordförande   Förbundschef` (in columns, or one space apart): each name over its
 * title, a signer's label one of them at least; a title no signer's (`Förbundschef`) signs nothing. Null for other lines.
 */
function namesOverTitles(names: Line, titles: Line): [SignatureRole, string][] | null {
  if (titles.flat.length > TITLES_LENGTH) return null;
  const cols = columns(titles.text);
  const words = cols.length > 1 ? cols : titles.flat.split(' ');
  if (words.length < 2 || words.length > 4) return null;
  const roles = words.map((w) => roleOfLabel(w));
  if (roles.every((r) => r === null) || !words.every((w, k) => roles[k] !== null || isStaffPosition(w))) return null;
  const named = columns(names.text);
  const people = named.length === words.length ? named : named.length === 1 ? runTogether(names.flat) : [];
  if (people.length !== words.length || !people.every(looksLikeName)) return null;
  return people.flatMap((p, k): [SignatureRole, string][] => (roles[k] ? [[roles[k]!, p]] : []));
}

const OTHER_TITLE = new RegExp(`^[${LOWER_LETTER}][${LOWER_LETTER} -]{2,40}$`, 'u');

// `Hanna Lilja Ordförande`: the role after the name with no comma, on a short line
const ROLE_AFTER_NAME = new RegExp(`^([${UPPER_LETTER}][${ANY_LETTER}'’ -]{2,40}?)\\s+([${ANY_LETTER}]{4,20})\\.?$`, 'u');

// `/Petra Lund, nämndsekreterare`: the slash a notice's issuer signs with before the name
const SIGNING_SLASH = /^\/\s*/u;
const withoutSlash = (text: string): string => (text.charCodeAt(0) === 0x2f ? text.replace(SIGNING_SLASH, '') : text);

/**
 * `Name[ / Name], role[ / Name, role]`, `Name / role`, or `Name Role` → each name with its role; null when the line is
 * anything else (a signing slash before the line's first name left out: `/Petra Lund, nämndsekreterare`).
 */
function signersOf(line: string): [SignatureRole, string][] | null {
  if (line.length > 120) return null;
  const text = withoutSlash(line);
  if (!text.includes(',') && !text.includes(' / ')) {
    // `Lars Holm Ordförande Eva Ring Sekreterare`: each name with the role after it
    const run = namesThenLabelsOnLine(text);
    if (run) return run.map(({ role, name }) => [role, name]);
    // (a short line: the pattern, then the role's word and the name)
    const m = text.length <= 60 ? ROLE_AFTER_NAME.exec(text) : null;
    const role = m ? roleOfLabel(m[2]!) : null;
    return role && looksLikeName(m![1]!) ? [[role, m![1]!]] : null;
  }
  const out: [SignatureRole, string][] = [];
  let waiting: string[] = [];
  for (const part of text.split(/(?<!\s)\s+(?:\/|och|&)\s+/u)) {
    // `Kerstin Holm / ordförande`: the role alone after the slash is the names' before it
    const alone = waiting.length > 0 && !part.includes(',') ? roleOfLabel(trimEndOf(part.trim(), '.')) : null;
    if (alone !== null) {
      for (const n of waiting) out.push([alone, n]);
      waiting = [];
      continue;
    }
    // `Anna Ek / Ordförande   Per Ås / Sekreterare`: the role of the names before and the next name in one part, their
    // columns' gap flattened
    const next = waiting.length > 0 && !part.includes(',') ? roleThenName(part.trim()) : null;
    if (next) {
      for (const n of waiting) out.push([next[0], n]);
      waiting = [next[1]];
      continue;
    }
    const comma = part.indexOf(',');
    const name = (comma >= 0 ? part.slice(0, comma) : part).trim();
    if (!looksLikeName(name)) return null;
    waiting.push(name.replace(/\([^()]{1,12}\)$/u, '').trimEnd());
    if (comma < 0) continue;
    // (`Hanna Lilja, ordförande, tfn 070-000 00 00`: what follows the role says nothing of it)
    const tail = trimEndOf(part.slice(comma + 1).split(',')[0]!.trim(), '.');
    const role = roleOfTitle(tail);
    // another title (`förbundschef`) signs beside the chair, but is no signer of the contract
    if (!role && !OTHER_TITLE.test(tail)) return null;
    if (role) for (const n of waiting) out.push([role, n]);
    waiting = [];
  }
  return waiting.length === 0 && out.length > 0 ? out : null;
}

/** `Ordförande Per Ås`: a role's one word and a name after it, or null. */
function roleThenName(part: string): [SignatureRole, string] | null {
  const space = part.indexOf(' ');
  const role = space > 0 ? roleOfLabel(part.slice(0, space)) : null;
  const name = role ? part.slice(space + 1).trim() : '';
  return role && looksLikeName(name) ? [role, name] : null;
}

// how many more name-over-role pairs a notice's last lines may hold above the last one
const PAIRS_ABOVE = 2;
/** The name-over-role pairs right above line `at` (blank lines between them allowed), nearest first. */
function pairsAbove(lines: readonly Line[], start: number, at: number): [SignatureRole, string][] {
  const out: [SignatureRole, string][] = [];
  let k = at - 1;
  for (let n = 0; n < PAIRS_ABOVE; n++) {
    while (k > start && isBlank(lines[k]!)) k--;
    if (k <= start || isBlank(lines[k - 1]!)) break;
    const role = roleOfTitle(trimEndOf(lines[k]!.flat, '.'));
    const name = withoutSlash(lines[k - 1]!.flat);
    if (role === null || !looksLikeName(name)) break;
    out.push([role, name]);
    k -= 2;
  }
  return out;
}
