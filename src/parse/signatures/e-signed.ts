// Minutes signed electronically list their signers under a heading, each with the day and often
// the hour they signed: `Signerat elektroniskt av:` over `Anna Ek, ordförande   2024-03-20 14:02`
// one a line, or `Elektroniskt signerad av` repeated over each name with its time on the line
// under it, a role word perhaps on a line of its own above the name. Each signer with a role
// signs as that role; each with an hour is an e-signature (`signedAt`).
import type { SignedAt } from '../../schema/result.js';
import { roleOfLabel, type SignatureRole } from '../../segment/signatures.js';
import { looksLikeName } from '../../split/titles.js';
import type { Range } from '../../segment/items.js';
import { isBlank, nextContent, type Line } from '../../text/line.js';
import { trimOf } from '../../text/patterns.js';
import { E_SIGNED_OPENING, nameAndRole, whenAtEnd } from '../../segment/e-signed.js';
import type { Signers } from './blocks.js';

interface Signed {
  name: string;
  role: SignatureRole | null;
  at: string | null;
}

export function readESigned(lines: readonly Line[], start: number, end: number): { signers: Signers; signedAt: SignedAt[] } {
  const out: Signed[] = [];
  let role: SignatureRole | null = null;
  let open = false;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line) || line.rule) continue;
    let text = line.flat;
    const heading = E_SIGNED_OPENING.exec(text);
    if (heading) {
      open = true;
      role = null;
      text = trimOf(text.slice(heading[0].length), ': ');
      if (text === '') continue;
    }
    if (!open) continue;
    const when = whenAtEnd(text);
    const at = when?.hour ? `${when.day} ${when.hour}` : null;
    const rest = when ? when.rest : text;
    // the day alone, under the name it is the time of
    if (rest === '') {
      const last = out[out.length - 1];
      if (last && last.at === null && at !== null) last.at = at;
      continue;
    }
    // a role word alone over the name it is the role of
    const alone = roleOfLabel(trimOf(rest, ':'));
    if (alone) {
      role = alone;
      continue;
    }
    const written = nameAndRole(rest);
    const own = written.role === null ? null : roleOfLabel(written.role);
    // (an organisation after the comma is no role: `Sara Berg, Region Väst`)
    const name = own || (written.role !== null && looksLikeName(written.name)) ? written.name : rest;
    if (!looksLikeName(name)) break;
    out.push({ name, role: own ?? role, at });
    role = null;
  }
  const signers: Signers = { chair: [], secretary: [], adjusters: [] };
  for (const s of out) if (s.role && !signers[s.role].includes(s.name)) signers[s.role].push(s.name);
  signers.adjusters = signers.adjusters.filter((n) => !signers.chair.includes(n));
  return { signers, signedAt: out.filter((s) => s.at !== null).map((s) => ({ name: s.name, at: s.at! })) };
}

/** The signers and e-signatures of the blocks an e-signing heading opens; the others read nothing here. */
export function readESignedBlocks(lines: readonly Line[], blocks: readonly Range[]): { signers: Signers; signedAt: SignedAt[] } {
  const all = { signers: { chair: [], secretary: [], adjusters: [] } as Signers, signedAt: [] as SignedAt[] };
  for (const b of blocks) {
    const first = nextContent(lines, b.start, b.end);
    // (the block may open with the day it was adjusted, above the heading)
    if (first < 0) continue;
    const read = readESigned(lines, first, b.end);
    if (read.signedAt.length === 0 && read.signers.chair.length + read.signers.secretary.length + read.signers.adjusters.length === 0) continue;
    for (const role of ['chair', 'secretary', 'adjusters'] as const) for (const n of read.signers[role]) if (!all.signers[role].includes(n)) all.signers[role].push(n);
    all.signedAt.push(...read.signedAt);
  }
  return all;
}
