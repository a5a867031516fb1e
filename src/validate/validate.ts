// Stage 7: every result is checked against the output contract before anyone sees it.
import { z } from 'zod';
import { kindFault } from '../schema/kinds.js';
import { DocumentSchema, ItemSchema, ParseResultSchema, type Document, type Item, type ParseResult } from '../schema/result.js';

// The contract's parser generated as one function (zod's `z.compile`) for the results finsam makes: a § holds
// sub-items, and they hold none of their own. The schema's own parser walks a closure a field and keeps a table
// of every object it reads (for cycles, as `subItems` refers to its item's schema); `z.compile` refuses a schema
// with a cycle, so the compiled one is the same schema with sub-items spelt out to a depth the output never reaches,
// and none below it. It is exact: what it accepts the runtime parser accepts, and it builds the same copy (its
// fields in the schema's order, unknown keys dropped); whatever it refuses (a deeper item, a broken field) the
// runtime parser is asked, and its answer and its issues are the result's.
const SUB_ITEM_DEPTH = 3;
let deepest: z.ZodType<Item> = ItemSchema.extend({ subItems: z.array(z.never()) });
for (let depth = 1; depth < SUB_ITEM_DEPTH; depth++) deepest = ItemSchema.extend({ subItems: z.array(deepest) });
export const RESULT_AS_MADE = ParseResultSchema.extend({ documents: z.array(DocumentSchema.extend({ items: z.array(deepest) })) });
// (should a later zod not compile it, `z.compile` hands back the schema itself: the same answers, at the runtime's speed)
const AS_MADE = z.compile(RESULT_AS_MADE);

export type Validated = { ok: true; result: ParseResult } | { ok: false; message: string };

export function validate(candidate: unknown): Validated {
  const made = AS_MADE.safeParse(candidate);
  const r = made.success ? made : ParseResultSchema.safeParse(candidate);
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
