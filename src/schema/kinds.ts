// Documents as a union narrowed by `kind`. The zod schema (z.infer) stays the one source
// of the shape: these types only add what finsam guarantees on top of it, and
// validate/validate.ts checks those guarantees on every result before anyone sees it.
import type { Document, Meeting, ParseResult } from './result.js';

/** Minutes, a notice or notes: the facts are in fields, `meeting` is always there and `text` is null. */
export type MeetingDocument = Document & { kind: 'minutes' | 'notice' | 'notes'; meeting: Meeting; text: null };

/** Anything else (a verksamhetsplan, a letter, a signing certificate): only its cleaned `text`. */
export type OtherDocument = Document & { kind: 'other'; meeting: null; participants: []; signatures: null; items: [] };

/** A document whose fields TypeScript narrows by `kind`: `if (d.kind !== 'other') d.meeting.date`. */
export type NarrowedDocument = MeetingDocument | OtherDocument;

/** What breaks the guarantees above, or null. */
export function kindFault(d: Document): string | null {
  if (d.kind === 'other') {
    if (d.meeting !== null || d.signatures !== null || d.participants.length > 0 || d.items.length > 0) {
      return 'an `other` document has meeting, participants, signatures or items';
    }
    return null;
  }
  if (d.meeting === null) return `a ${d.kind} document has no meeting`;
  if (d.text !== null) return `a ${d.kind} document has text`;
  return null;
}

/** The documents of a result from finsam, typed so that `kind` narrows them. */
export const narrowDocuments = (result: ParseResult): NarrowedDocument[] => result.documents as NarrowedDocument[];
