// Stage 7: every result is checked against the output contract before anyone sees it.
import { kindFault } from '../schema/kinds.js';
import { DocumentSchema, ParseResultSchema, type Document, type ParseResult } from '../schema/result.js';

export type Validated = { ok: true; result: ParseResult } | { ok: false; message: string };

export function validate(candidate: unknown): Validated {
  const r = ParseResultSchema.safeParse(candidate);
  if (r.success) {
    // what schema/kinds.ts promises on top of the shape
    const fault = r.data.documents.map((d, i) => [i, kindFault(d)] as const).find(([, f]) => f !== null);
    return fault ? { ok: false, message: `result does not match the schema at documents.${fault[0]}: ${fault[1]}` } : { ok: true, result: r.data };
  }
  const first = r.error.issues[0];
  const where = first ? first.path.join('.') : '';
  return { ok: false, message: `result does not match the schema at ${where || 'the top'}: ${first?.message ?? r.error.message}` };
}

/** The documents that break the contract, each with the first reason. */
export function invalidDocuments(result: ParseResult): { index: number; message: string }[] {
  return result.documents.flatMap((d, index) => {
    const r = DocumentSchema.safeParse(d);
    if (r.success) {
      const fault = kindFault(r.data as Document);
      return fault ? [{ index, message: fault }] : [];
    }
    const first = r.error.issues[0];
    return [{ index, message: `${first ? first.path.join('.') : ''}: ${first?.message ?? r.error.message}` }];
  });
}
