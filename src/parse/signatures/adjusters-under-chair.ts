// `Sekreterare Ann Ek Ordförande Eva Lund (S) Bo Berg (M)`: a signing grid whose `Justerande` label the
// transcript lost. The template prints the adjusters' names under the chair's in the row's last cell, their
// label in a column of its own that a flattened page drops (one city's boards and committees, page after page),
// so the chair's label is followed by two or three names and no label on the front page says who adjusts.
// The first name signs as chair, the others as adjusters. Not where the names say which §§ each chaired
// (`Ordförande Stina Holm 39-48, Jan Berg 49`: two chairs), nor where the front page has an adjusters'
// label of its own (its names are read from it).
import type { FrontPageField } from '../../segment/frontpage/read.js';
import type { FrontSigners } from '../frontpage/signers.js';

// the chair and one or two adjusters: more names under one label are no such row
const MAX_NAMES = 3;
// how many lines above the chair's label the secretary's may stand (the same row, or the row before)
const SECRETARY_REACH = 1;
const DIGIT = /\d/u;

/** The signers with the names after the chair's moved to the adjusters, where the grid lost its adjusters' label. */
export function adjustersUnderChair(signers: FrontSigners, fields: readonly FrontPageField[]): FrontSigners {
  if (signers.adjusters.length > 0 || signers.chair.length < 2 || signers.chair.length > MAX_NAMES || signers.secretary.length === 0) return signers;
  // (asked after the counts: most front pages have an adjusters' label and stop there)
  if (fields.some((f) => f.field === 'adjusters')) return signers;
  const chairs = fields.filter((f) => f.field === 'chair' && f.values.length > 0);
  if (chairs.length !== 1) return signers;
  const chair = chairs[0]!;
  if (chair.values.some((v) => DIGIT.test(v.text))) return signers;
  if (!fields.some((f) => f.field === 'secretary' && f.values.length > 0 && f.at <= chair.at && chair.at - f.at <= SECRETARY_REACH)) return signers;
  return { chair: signers.chair.slice(0, 1), secretary: signers.secretary, adjusters: signers.chair.slice(1) };
}
