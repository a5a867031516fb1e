// The paragraphs of a § body as the process readers see them: each with the process
// sub-heading it stands under (`Yrkanden`, `Omröstning`, `Reservation`, `Jäv`,
// `Protokollsanteckning`, `Beslutsgång`), a label run into its text (`Reservation: …`,
// `Jäv   Anna Ek (M) …`) read as that heading, and its sentences. The classification of
// the decisions reader (roles.ts) is reused, so a body is split and typed once.
import { PROCESS } from '../../lexicon/sv.js';
import { lineAt, type Paragraph } from '../../text/line.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { isDistribution } from '../decisions/distribution.js';
import { initials, opensWith } from '../decisions/plain.js';
import { readParagraphs, type ReadParagraph, type Role } from '../decisions/roles.js';
import { sentences, sentencesOf } from '../decisions/sentences.js';
import { OPENS_UPPER } from '../../text/letters.js';
import { TextMemo } from '../../text/memo.js';

export type Section = keyof typeof PROCESS.headings | 'decision' | null;

export interface Part {
  paragraph: Paragraph;
  /** The paragraph's text without a leading process label. */
  text: string;
  /** Where `text` starts in the paragraph, for source lines. */
  offset: number;
  section: Section;
  role: Role;
  /** The text began with a process label (`Reservation: …`). */
  labelled: boolean;
  /** Its sentences, split when a reader first asks (sentencesOfPart). */
  said: PartSentence[] | null;
  /**
   * It may hold a reader's stem (index.ts): false once its paragraph was found to hold none,
   * so that no reader tests its own stems on it again.
   */
  stems: boolean;
}

export interface PartSentence {
  text: string;
  line: number;
  /** Where it starts in its part's paragraph. */
  offset: number;
  part: Part;
}

const SECTIONS = Object.entries(PROCESS.headings) as [keyof typeof PROCESS.headings, readonly string[]][];
const HEADING = new Map<string, keyof typeof PROCESS.headings>(SECTIONS.flatMap(([k, words]) => words.map((w) => [w.replace(/:$/u, ''), k] as [string, keyof typeof PROCESS.headings])));
// `Reservation: …`, `Jäv   Anna Ek (M) anmäler jäv`, `Protokollsanteckning Anna Ek (KD) …`
const LABEL = new RegExp(`^(${alternation([...HEADING.keys()])})(\\s?:\\s?|\\s)`, 'iu');
const LABEL_FIRST_WORDS = new Set([...HEADING.keys()].map((k) => k.split(' ')[0]!));
// (a label's word is lower-cased to be looked up: its first letter, as plain `i` reads it, first)
const MAY_OPEN_LABEL = opensWith(initials([...HEADING.keys()]), 'i');
// (read a character at a time, as `/[\s:]/` would end it: an exec built a match for each line it was asked of)
const COLON = 58;
const firstWord = (text: string): string => {
  let end = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    // (white space as `\s` reads it, ECMAScript's WhiteSpace and LineTerminator, written out here: a function of
    // its own was called for every character)
    if (c === COLON || c === 32 || (c >= 9 && c <= 13)) break;
    if (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) break;
    end++;
  }
  return (end === text.length ? text : text.slice(0, end)).toLowerCase();
};
// (a capital after a label without a colon is tested apart: with the `i` flag \p{Lu} matches any letter)
const CAPITAL = OPENS_UPPER;

/** The process section a heading opens, or null for any other heading. */
export const sectionOfHeading = (text: string): Section => SECTION_OF.get(text);
// (remembered: a body's few headings, `Beslutsunderlag`, `Ärendebeskrivning`, are asked of by the parts and again by the
// proposal's reader, in item after item, and the lookup's key was built anew each time: trimmed, collapsed, lower-cased)
const SECTION_OF = new TextMemo<Section>(4096, (text) => HEADING.get(trimEndOf(text, ':.').replace(/\s+/gu, ' ').toLowerCase()) ?? null);

/** `read`: the paragraphs' reading, when the caller has it already. */
export function partsOf(paragraphs: readonly Paragraph[], read: readonly ReadParagraph[] = readParagraphs(paragraphs)): Part[] {
  const out: Part[] = [];
  let section: Section = null;
  for (const { paragraph, role, earlier } of read) {
    // an earlier treatment of the case (Finnish minutes' blocks above the last `Stadsstyrelsen 12.2.2024, 13 §`): its history
    if (earlier) {
      out.push({ paragraph, text: paragraph.text, offset: 0, section: 'description', role, labelled: false, said: null, stems: true });
      continue;
    }
    if (role === 'decision-heading') {
      section = 'decision';
      continue;
    }
    if (role === 'proposal-heading') {
      // (`Förslag till beslut på sammanträdet` heads the members' motions)
      section = sectionOfHeading(paragraph.text);
      continue;
    }
    if (role === 'subheading') {
      section = sectionOfHeading(paragraph.text);
      continue;
    }
    // `Beslutet expedieras till: Akten` after a note or a reservation: the secretary's note on the §, none of theirs
    if (role === 'body' && section !== null && isDistribution(paragraph.text)) section = null;
    const cuts = labelledLines(paragraph);
    for (let k = 0; k < cuts.length; k++) {
      const from = cuts[k]!;
      const whole = paragraph.text.slice(from, cuts[k + 1] ?? paragraph.text.length).trimEnd();
      // most paragraphs open with no heading word: one Set lookup before the pattern
      const label = MAY_OPEN_LABEL(whole) && LABEL_FIRST_WORDS.has(firstWord(whole)) ? LABEL.exec(whole) : null;
      if (label && (label[2]!.includes(':') || CAPITAL.test(whole.slice(label[0].length)))) {
        const own = sectionOfHeading(label[1]!);
        const text = whole.slice(label[0].length);
        if (text.trim() !== '') {
          out.push({ paragraph, text, offset: from + label[0].length, section: own, role, labelled: true, said: null, stems: true });
          continue;
        }
      }
      out.push({ paragraph, text: whole, offset: from, section, role, labelled: false, said: null, stems: true });
    }
  }
  return out;
}

/**
 * Where the paragraph's parts start: its opening, and each later line that opens with a process label and its colon
 * (`Beslut: Nämnden avslår motionen.` / `Reservation: Nils Ek (V) reserverar sig.` printed without a blank line between).
 */
function labelledLines(p: Paragraph): number[] {
  const cuts = [0];
  // (a cut needs a colon in the window read from its line's start: the first colon at or after that start is found once
  // and kept for the lines before it, and a paragraph with none after its first line, most, reads no line)
  let colon = -1;
  for (let k = 1; k < p.starts.length; k++) {
    const at = p.starts[k]!.offset;
    if (colon < at) colon = p.text.indexOf(':', at);
    if (colon < 0) break;
    if (colon >= at + LABEL_WINDOW) continue;
    // (the line's first character looked at before its opening is cut out: most lines open with none of the labels' letters)
    if (!MAY_OPEN_LABEL(p.text.charAt(at))) continue;
    const rest = p.text.slice(at, at + LABEL_WINDOW);
    if (!LABEL_FIRST_WORDS.has(firstWord(rest))) continue;
    const label = LABEL.exec(rest);
    if (label && label[2]!.includes(':')) cuts.push(at);
  }
  return cuts;
}
// (the longest label and its colon fit in this much of a line)
const LABEL_WINDOW = Math.max(...[...HEADING.keys()].map((k) => k.length)) + 4;

// the readers go over the same parts' sentences: split them once (kept on the part, which
// lives as long as its item's reading: no map to insert into, none for the collector to sweep)
export function sentencesOfPart(part: Part): PartSentence[] {
  if (part.said === null) {
    // a whole paragraph is split as the decisions reader split it (and cached it)
    const split = part.offset === 0 && part.text.length === part.paragraph.text.length ? sentencesOf(part.paragraph) : sentences(part.text);
    // (a loop, not map() with a callback)
    const said: PartSentence[] = [];
    for (const x of split) said.push({ text: x.text, line: lineAt(part.paragraph, part.offset + x.offset), offset: part.offset + x.offset, part });
    part.said = said;
  }
  return part.said;
}
