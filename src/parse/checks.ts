// Consistency checks between the parts of one document, reported as warnings: what the
// minutes say in one place and contradict in another is worth a reader's look.
import type { Document, Warning } from '../schema/result.js';

const NAME = /\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s(?:(?:af|von|de|van)\s)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}/gu;
const ADJUSTER_ELECTION = /justera|justeringsperson/iu;
const lastName = (name: string): string => name.split(/\s+/).pop()!.toLowerCase();

/** The adjuster elected in an item is not the one who signs as adjuster. */
function adjusterMismatch(doc: Document): Warning[] {
  const adjusters = doc.signatures?.adjusters ?? [];
  const chair = doc.signatures?.chair ?? [];
  if (adjusters.length === 0) return [];
  const signing = new Set([...adjusters, ...chair].map(lastName));
  for (const item of doc.items) {
    for (const d of item.decisions) {
      if (!ADJUSTER_ELECTION.test(d.text)) continue;
      const elected = [...d.text.matchAll(NAME)].map((m) => m[0]);
      if (elected.length === 0 || elected.some((n) => signing.has(lastName(n)))) continue;
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
  const numbers = doc.items.map((it) => it.number).filter((n): n is number => n !== null);
  if (!range || range.from === null || range.to === null || numbers.length === 0) return [];
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
  if (low === range.from && high === range.to) return [];
  return [
    {
      code: 'paragraph-range-mismatch',
      message: `the header declares §§ ${range.from}–${range.to}, the items run from § ${low} to § ${high}`,
      line: doc.lines.start,
    },
  ];
}

export const checkDocument = (doc: Document): Warning[] => [...adjusterMismatch(doc), ...rangeMismatch(doc)];
