// Who presents an item: `Mikael Holmlund föredrar …`, `Katarina Hansson föredragande`,
// `Förbundschef föredrar …`, `Kansliet föredrar ärendet`, `föredras av Anna Ek`.
import { PRESENTER_VERBS } from '../../lexicon/sv.js';
import type { Paragraph } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { sentences } from './sentences.js';

const WHO = `(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})`;
const BEFORE = new RegExp(`(?:^|[,;:]\\s*)${WHO}\\s+(?:${alternation(PRESENTER_VERBS.filter((v) => !v.endsWith(' av')))})(?![\\p{L}])`, 'u');
const AFTER = new RegExp(`(?:${alternation(PRESENTER_VERBS.filter((v) => v.endsWith(' av')))}|[Ff]öredragande\\s*:)\\s+${WHO}`, 'u');

export function findPresenter(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      const m = BEFORE.exec(s.text) ?? AFTER.exec(s.text);
      if (m) return m[1]!;
    }
  }
  return null;
}
