// Lettered and decimal sub-items, and lettered lists in a body that are none.
import { collapse, type Line, nextContent } from '../../text/line.js';
import { opensNoticeClosing } from '../../text/notice-closing.js';
import type { ItemSegment, SubItemSegment } from './types.js';
import { BODY_HEADING, DECIMAL_SUB_ITEM, NUMBERED_LETTER_SUB_ITEM, opensDecision, SUB_ITEM, SUBTITLE_LENGTH, trimEnd } from './line-kinds.js';
import { wrappedTitle } from './title-lines.js';
import { OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

/**
 * A lettered (`a.`, `b)`, `5.a`, `5 b)`) or decimal (`5.1`, under § 5) sub-item line: its label and title.
 * Decimal points may carry the agenda's number rather than the §'s (`§ 7` / `5.1 Budget`): `prefix`
 * is the number the first one carried, which the next must carry too.
 */
function subItemOf(text: string, expected: number, parent: number, prefix: number | null): { label: string; title: string } | null {
  // (a letter first opens a lettered one only, a digit first the others: a decimal's point stands within its first four
  // characters, a numbered letter's letter second to fifth)
  const first = text.charCodeAt(0);
  // (`A/ Verksamheten`, `B/ nr 4/2013`: a capital and a slash, the label its letter in small)
  if (first >= 65 && first <= 72 && text.charCodeAt(1) === 47) {
    const title = text.slice(2).trim();
    return first - 65 === expected && title !== '' ? { label: String.fromCharCode(first + 32), title } : null;
  }
  const letter = first >= 97 ? SUB_ITEM.exec(text) : null;
  if (letter && letter[1]!.charCodeAt(0) - 97 === expected) return { label: letter[1]!, title: letter[2]!.trim() };
  if (first >= 97) return null;
  const dot = text.indexOf('.');
  const decimal = dot >= 1 && dot <= 3 ? DECIMAL_SUB_ITEM.exec(text) : null;
  if (decimal && Number(decimal[1]) === (prefix ?? (expected === 0 ? Number(decimal[1]) : parent)) && Number(decimal[2]) === expected + 1) return { label: `${decimal[1]}.${decimal[2]}`, title: decimal[3]!.trim() };
  let lettered = false;
  for (let k = 1; k <= 4; k++) if ((text.charCodeAt(k) - 97) >>> 0 <= 7) lettered = true;
  const numbered = lettered ? NUMBERED_LETTER_SUB_ITEM.exec(text) : null;
  if (numbered && Number(numbered[1]) === parent && numbered[2]!.charCodeAt(0) - 97 === expected) return { label: numbered[2]!, title: numbered[3]!.trim() };
  return null;
}

export function findSubItems(lines: readonly Line[], start: number, end: number, parent: number): SubItemSegment[] {
  const subs: SubItemSegment[] = [];
  // the number the decimal points carry, where it is not the §'s own
  let prefix: number | null = null;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    // a sub-item opens with its letter (`a.`) or its parent's number (`5.1`, `5 a)`): most lines are passed by at once
    // (an empty line is passed by before its first character is read: a read past a string's end costs the function its optimised code)
    if (line.text === '') continue;
    const c = line.text.charCodeAt(0);
    const slashed = c >= 65 && c <= 72 && line.text.charCodeAt(1) === 47;
    if (!((c >= 97 && c <= 104) || (c >= 48 && c <= 57) || slashed)) continue;
    const sub = subItemOf(line.text, subs.length, parent, prefix);
    if (!sub || (!slashed && !OPENS_UPPER.test(sub.title))) continue;
    if (subs.length === 0 && sub.label.includes('.')) {
      prefix = Number(sub.label.slice(0, sub.label.indexOf('.')));
      // (`7. Mål` / `7.1. Effektmål`: decimal sections of a numbered heading in the body, an appended plan's)
      if (prefix !== parent && headedInBody(lines, start, i, prefix)) {
        prefix = null;
        continue;
      }
    }
    const titleLines = wrappedTitle(lines, line, i, end);
    // (joined by a loop: the arrays the built-in and the inlined `map` make are of different elements kinds, and `join`
    // meeting the other kind threw this function's optimised code away)
    let titleText = '';
    for (let j = 0; j < titleLines.length; j++) titleText += (j > 0 ? ' ' : '') + (titleLines[j] === i ? sub.title : lines[titleLines[j]!]!.flat);
    const prev = subs[subs.length - 1];
    if (prev) prev.end = trimEnd(lines, prev.at, i);
    subs.push({ label: sub.label, at: i, titleLines, titleText: collapse(titleText), end });
  }
  // one decimal point of another number than the § is more likely a figure or a reference than a sub-item
  if (prefix !== null && prefix !== parent && subs.length < 2) return [];
  const last = subs[subs.length - 1];
  if (last) last.end = trimEnd(lines, last.at, end);
  return subs;
}

/** A line between `start` and `at` opens with the number `n` as a heading of its own (`7. Mål`, `7 Mål`). */
function headedInBody(lines: readonly Line[], start: number, at: number, n: number): boolean {
  const heading = new RegExp(`^${n}\\.? [${UPPER_LETTER}]`, 'u');
  for (let k = start; k < at; k++) if (heading.test(lines[k]!.text)) return true;
  return false;
}

/**
 * A lettered list in a § body (`omfattar:` / `a) Kartläggning …` / `b) Gruppverksamhet …`,
 * then `Styrelsen beslutar att …`) is text of the §, not its sub-items: the entries stand
 * on consecutive lines with nothing under them, and either an introduction ending in a
 * colon (or the decision's line, `Direktionen beslutar`, or heading, `Beslut`) says so, or the § goes on after the last entry while the entries end like
 * sentences or no § of the document has lettered sub-items with text of their own
 * (headings). An agenda's lettered points, with nothing after them, stay sub-items.
 */
export function dropBodyLists(lines: readonly Line[], items: ItemSegment[]): void {
  const headings = items.some((it) => it.subItems.length > 0 && !consecutive(it.subItems));
  for (const it of items) {
    const subs = it.subItems;
    if (subs.length < 2 || !consecutive(subs)) continue;
    const last = subs[subs.length - 1]!;
    // (a notice's closing after its last point, `Välkomna!`, is no text the list goes on into)
    const after = nextContent(lines, last.at + last.titleLines.length, last.end);
    const textAfter = after !== -1 && !opensNoticeClosing(lines[after]!.flat);
    const above = subs[0]!.at > it.bodyStart ? lines[subs[0]!.at - 1]!.flat : '';
    // (or the decision's line or heading: `Direktionen beslutar` / `a) Rapporten godkänns.` / `b) …`, clauses of the decision)
    const introduced = above.endsWith(':') || opensDecision(above) || (above.length <= SUBTITLE_LENGTH && BODY_HEADING.test(above));
    const sentences = subs.every((s) => LIST_ENTRY_END.test(lines[s.titleLines[s.titleLines.length - 1]!]!.flat));
    if (introduced || (textAfter && (sentences || !headings))) it.subItems = [];
  }
}

// `… under våren.`, `… hälsa,`, `… och`: an entry of a list goes on into the next
const LIST_ENTRY_END = /(?:[.;,]|\s(?:och|samt|eller))$/u;

/** Sub-items on consecutive lines, each only its title (the last may have text under it). */
function consecutive(subs: readonly SubItemSegment[]): boolean {
  for (let k = 0; k + 1 < subs.length; k++) if (subs[k + 1]!.at !== subs[k]!.at + subs[k]!.titleLines.length) return false;
  return true;
}
