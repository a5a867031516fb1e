// A document that one of finsam's own rules got wrong (its result breaks the contract) is
// still the user's text: it is kept as an \`other\` document with its cleaned text and a
// warning that names the fault, instead of failing the whole file.
import type { Document } from '../schema/result.js';
import { joinText, type Line } from '../text/line.js';

export function fallbackDocument(doc: Document, lines: readonly Line[], reason: string): Document {
  const own = lines.filter((l) => l.no >= doc.lines.start && l.no <= doc.lines.end);
  return {
    kind: 'other',
    title: doc.title || null,
    lines: doc.lines,
    meeting: null,
    participants: [],
    signatures: null,
    items: [],
    text: joinText(own) || null,
    warnings: [{ code: 'document-unread', message: `finsam could not read this ${doc.kind} document (${reason}); its text is kept`, line: doc.lines.start }],
  };
}
