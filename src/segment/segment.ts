// Stage 5: one document → its regions. Items first (they bound the header), then the
// signature blocks (strict inside item bodies), then items again cut at those blocks,
// then the participant lists in the header.
import type { Warning } from '../schema/result.js';
import type { DetectedDocument } from '../detect/kind.js';
import type { Line } from '../text/line.js';
import type { NumberingStyle } from '../text/numbering.js';
import { findItems, type ItemSegment, type Range } from './items.js';
import { findParticipantGroups, type ParticipantGroup } from './participants.js';
import { findSignatureBlocks } from './signatures.js';

export interface Segmented extends DetectedDocument {
  /** From the document start to the first item. */
  header: Range;
  participantGroups: ParticipantGroup[];
  signatureBlocks: Range[];
  items: ItemSegment[];
  numbering: NumberingStyle | null;
  warnings: Warning[];
}

export function segment(lines: readonly Line[], doc: DetectedDocument): Segmented {
  const none = { header: { start: doc.start, end: doc.end }, participantGroups: [], signatureBlocks: [], items: [], numbering: null, warnings: [] };
  if (doc.kind === 'other') return { ...doc, ...none };
  const first = findItems(lines, doc.start, doc.end, []);
  const bodies = first.items.map((it) => ({ start: it.at + 1, end: it.end }));
  const signatureBlocks = findSignatureBlocks(lines, doc.start, doc.end, bodies);
  // items are found again only when a signature block cuts into one of them
  const bodyLine = new Uint8Array(doc.end);
  for (const r of bodies) bodyLine.fill(1, r.start - 1, r.end);
  const cuts = signatureBlocks.some((b) => bodyLine.subarray(b.start, b.end).includes(1));
  const layout = cuts ? findItems(lines, doc.start, doc.end, signatureBlocks) : first;
  const headerEnd = layout.items[0]?.at ?? doc.end;
  return {
    ...doc,
    header: { start: doc.start, end: headerEnd },
    participantGroups: findParticipantGroups(lines, doc.start, headerEnd, signatureBlocks),
    signatureBlocks,
    items: layout.items,
    numbering: layout.style,
    warnings: layout.warnings,
  };
}
