// The case number beside, above or under a heading, or ending its title.
import { ATTACHMENT_WORDS, CASE_LINE_NOTES, REFERRAL_NOTES } from '../../lexicon/sv.js';
import { caseNumberInRow, isBareCaseNumber, readCaseNumber } from '../../text/case-number.js';
import { collapse, columns, isBlank, type Line, nextContent } from '../../text/line.js';
import { alternation, capitalise, trimEndOf } from '../../text/patterns.js';
import type { Candidate } from './types.js';
import { referenceOn } from './reference.js';
import { BODY_LABEL, ENDS_SENTENCE, SUBTITLE_LENGTH } from './line-kinds.js';
import { OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

// `(bilaga 3)`, `(bilagor 2–4)`: an attachment's mark in brackets
const ATTACHMENT_MARK = new RegExp(`^\\((?:${alternation(ATTACHMENT_WORDS)})\\s*\\d[\\d\\s,–och-]*\\)$`, 'iu');
// `Bilaga 2`, `Bilagor 3, 4`: an attachment's reference run on after a point's case number
const TAIL_AFTER_CASE = new RegExp(`^(?:${alternation(ATTACHMENT_WORDS.flatMap((w) => [w, capitalise(w)]))})\\s*(?::\\s*)?\\d`, 'u');
const CASE_NOTE = new Set<string>(CASE_LINE_NOTES);
// `(KS 2023/412)`, `(Dnr 2023/45)` closing a title (or `(LS/1245/2008)`, `(SÄN/2012:3)`: the organ's letters before a slash)
const CASE_IN_BRACKETS = new RegExp(`(?<!\\s)\\s*\\(((?:dnr:?\\s*)?[${UPPER_LETTER}]{0,8}[\\s/-]?\\d{2,4}[/.:-]\\d{1,6}(?:[/.:-]\\d{1,6})?)\\)$`, 'iu');

/** A line's last column that is nothing but a case number (`förråd på Gräsanden 4      MBN 2024/102`). */
export function caseInColumn(text: string): { caseNumber: string; rest: string } | null {
  // (a gap of two spaces or a tab: a text without either is passed by before the pattern)
  if ((!text.includes('  ') && !text.includes('\t')) || !/\S(?: {2,}|\t)\S/u.test(text)) return null;
  const cols = columns(text);
  const last = cols[cols.length - 1]!;
  return cols.length >= 2 && isBareCaseNumber(last) ? { caseNumber: last, rest: collapse(cols.slice(0, -1).join(' ')) } : null;
}

/** A case number at the end of a title, with its label or in brackets: the title without it. */
export function caseNumberAtEnd(title: string): { caseNumber: string; title: string } | null {
  const hit = readCaseNumber(title);
  // (`Budget 2025 – Dnr KS 2024/118`: the dash before the label is no part of the title)
  // (and `Budget 2014 Dnr 1.2.1/030-2013 Omedelbar justering`: a web agenda's note after it, as on its case lines, is no part of the title)
  if (hit && hit.before !== '' && (hit.after === '' || CASE_NOTE.has(hit.after.toLowerCase()))) return { caseNumber: hit.caseNumber, title: trimEndOf(hit.before, ' –—-') || hit.before };
  // `Årsredovisning 2024 Dnr 2025/2 (bilaga 3)`: the attachment's mark after it stays with the title
  // (and so does a flattened point's attachment run on after it, `… Dnr KS 2019/301 Bilaga 2`, which the title's reader takes off)
  if (hit && hit.before !== '' && ((hit.after.startsWith('(') && ATTACHMENT_MARK.test(hit.after)) || (hit.after !== '' && TAIL_AFTER_CASE.test(hit.after)))) {
    return { caseNumber: hit.caseNumber, title: `${trimEndOf(hit.before, ' –—-') || hit.before} ${hit.after}` };
  }
  // (the pattern ends in its bracket: a title that does not is passed by before it scans)
  const b = title.endsWith(')') ? CASE_IN_BRACKETS.exec(title) : null;
  if (b && b.index > 0) return { caseNumber: b[1]!.replace(/^dnr:?\s*/iu, ''), title: title.slice(0, b.index) };
  // `Delegationsbeslut SN 2024/3`: a flattened row's case number, one space after the title
  const row = caseNumberInRow(title);
  if (row && row.after === '') return { caseNumber: row.caseNumber, title: row.before };
  return null;
}

/**
 * The line right above a heading (a blank line between at most) that holds nothing but a
 * case number (`KS/2024:18` / `§ 40 Val till kommunala uppdrag`), where the heading has none
 * beside it. Not where that line stands right under the item before's heading and title
 * (`§ 5 Delårsrapport` / `Dnr 2024/17` / `§ 6 …`): there it is that item's.
 */
export function caseLineAbove(lines: readonly Line[], c: Candidate, prevAt: number, prevRest: string, start: number): number | undefined {
  if (c.header.caseNumber !== null) return undefined;
  let p = c.at - 1;
  while (p > start && p > prevAt && c.at - p <= 2 && isBlank(lines[p]!)) p--;
  if (p < start || p <= prevAt || c.at - p > 2) return undefined;
  if (prevAt >= 0) {
    let content = 0;
    let last = prevAt;
    for (let i = prevAt + 1; i < p && content < 2; i++) {
      if (isBlank(lines[i]!)) continue;
      content++;
      last = i;
    }
    // (`§ 46 Delårsrapport` / `Rapporten läggs till handlingarna.` / `Dnr KS 2024/88` / `§ 47 …`: a
    // heading with its title beside it and a sentence under it, and so the line opens the next §;
    // so does a line that opens a page, as minutes that give each § a page of their own print it)
    // (not where the case line runs on right under that sentence, a blank line before the heading: `Remiss från
    // Kommunstyrelsen, dnr 316-259/2012.` / `Dnr 1.5.1-135-2012`, a web agenda's point closing with its own case)
    const bodyAbove = content === 1 && prevRest !== '' && p - last > 1 && ENDS_SENTENCE.test(lines[last]!.flat);
    if (content < 2 && !bodyAbove && !opensPage(lines, last, p)) return undefined;
    // (`Remiss från miljödomstolen` / `Dnr 2031-4194` / `3 Ansökan …`: a web agenda's referral note, its point's case under it)
    if (content > 0 && p - last === 1 && opensReferral(lines[last]!.flat)) return undefined;
  }
  // (asked last: it reads the whole line)
  return referenceOn(lines[p]!) === null ? undefined : p;
}

const REFERRAL = new RegExp(`^(?:${alternation(REFERRAL_NOTES)})\\s`, 'iu');
// (`Remiss`, `En`, `Skrivelse`, `Ärende`: asked by the first letter first, most lines open otherwise)
const REFERRAL_FIRST = new Set<string>(REFERRAL_NOTES.map((n) => n[0]!));
const opensReferral = (text: string): boolean => REFERRAL_FIRST.has(text.charAt(0).toLowerCase()) && REFERRAL.test(text);

/** A page starts after line `from` and at or before line `to` (a page break flagged on a line between). */
function opensPage(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (lines[i]!.pageBreak) return true;
  return false;
}

/**
 * The line that holds nothing but a case number under a short subtitle line right under
 * the title (a blank line between at most, each): its index, or -1.
 */
export function caseUnderSubtitle(lines: readonly Line[], under: number, bodyStart: number, end: number): number {
  if (under < 0 || under - bodyStart > 1) return -1;
  const sub = lines[under]!;
  if (sub.flat.length > SUBTITLE_LENGTH || ENDS_SENTENCE.test(sub.flat) || !OPENS_UPPER.test(sub.flat) || BODY_LABEL.test(sub.flat)) return -1;
  const n = nextContent(lines, under + 1, end);
  return n >= 0 && n - under <= 2 && referenceOn(lines[n]!) !== null ? n : -1;
}

/** The next line with text under a heading (a blank line between at most) is nothing but a case number. */
export function caseLineUnder(lines: readonly Line[], at: number, end: number): boolean {
  const n = nextContent(lines, at + 1, end);
  return n >= 0 && n - at <= 2 && referenceOn(lines[n]!) !== null;
}
