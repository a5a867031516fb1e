// A signer's name with the party after it (`Maria Lund (S)`, read from `Maria Lund (S), ordförande` on the front page):
// the name without it, as SCHEMA writes every person's name.
import { PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import type { Signers } from './blocks.js';

const PARTY_AFTER = new RegExp(`\\((?:${alternation(PARTIES)})\\)$`, 'iu');

const bare = (names: string[]): string[] => {
  // (a name ends on its bracket seldom: most lists are passed by on their last characters)
  if (!names.some((n) => n.endsWith(')'))) return names;
  const out: string[] = [];
  for (const n of names) {
    const name = n.endsWith(')') ? n.replace(PARTY_AFTER, '').trimEnd() : n;
    if (!out.includes(name)) out.push(name);
  }
  return out;
};

/** The signers with no party after a name. */
export const withoutParties = (s: Signers): Signers => ({ chair: bare(s.chair), secretary: bare(s.secretary), adjusters: bare(s.adjusters) });
