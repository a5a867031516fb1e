// Consistency checks between the parts of one document, reported as warnings: what the
// minutes say in one place and contradict in another is worth a reader's look.
import type { Document, Warning } from '../schema/result.js';
import { hintOf } from '../text/hint.js';
import { LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

const NAME = new RegExp(`[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*(?:\\s(?:(?:af|von|de|van)\\s)?[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*){1,3}`, 'gu');
const ADJUSTER_ELECTION = /justera|justeringsperson/iu;
// (the plain test first: a decision's text is long, and few speak of adjusting)
const MAY_ELECT_ADJUSTER = hintOf(['justera', 'justeringsperson']);
const lastName = (name: string): string => name.split(/\s+/).pop()!.toLowerCase();

/** The adjuster elected in an item is not the one who signs as adjuster. */
function adjusterMismatch(doc: Document): Warning[] {
  const adjusters = doc.signatures?.adjusters ?? [];
  const chair = doc.signatures?.chair ?? [];
  if (adjusters.length === 0) return [];
  const signing = new Set([...adjusters, ...chair].map(lastName));
  for (const item of doc.items) {
    for (const d of item.decisions) {
      if (!MAY_ELECT_ADJUSTER.test(d.text) || !ADJUSTER_ELECTION.test(d.text)) continue;
      // (the names read up to the first who signs: only a decision none of whose names signs is reported, with them all)
      const elected: string[] = [];
      let signs = false;
      NAME.lastIndex = 0;
      for (let m = NAME.exec(d.text); m !== null && !signs; m = NAME.exec(d.text)) {
        elected.push(m[0]);
        signs = signing.has(lastName(m[0]));
      }
      NAME.lastIndex = 0;
      if (elected.length === 0 || signs) continue;
      return [
        {
          code: 'adjuster-mismatch',
          message: `elected to adjust the minutes: ${elected.join(', ')}; signing as adjuster: ${adjusters.join(', ')}`,
          line: d.line,
        },
      ];
    }
  }
  return [];
}

/** The declared paragraph range (`§§ 1-8`) does not cover the items' numbers. */
function rangeMismatch(doc: Document): Warning[] {
  const range = doc.meeting?.paragraphs;
  if (!range || range.from === null || range.to === null) return [];
  // (the items' lowest and highest numbers by one loop: no arrays built for every document, most of which declare no range)
  let low = Infinity;
  let high = -Infinity;
  for (const it of doc.items) {
    if (it.number === null) continue;
    if (it.number < low) low = it.number;
    if (it.number > high) high = it.number;
  }
  if (low === Infinity || (low === range.from && high === range.to)) return [];
  return [
    {
      code: 'paragraph-range-mismatch',
      message: `the header declares §§ ${range.from}–${range.to}, the items run from § ${low} to § ${high}`,
      line: doc.lines.start,
    },
  ];
}

export const checkDocument = (doc: Document): Warning[] => [...adjusterMismatch(doc), ...rangeMismatch(doc)];
