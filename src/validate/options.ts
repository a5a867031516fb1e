// The options of `parse()`, checked once at the boundary (as csv-parse does), so no stage
// has to distrust them: a `maxLineLength` of 0 would cut lines forever, a negative
// `maxBytes` refuse everything. A bad option gives a fatal `invalid-options` result.
import { z } from 'zod';

/** Lines shorter than this would cut ordinary prose; nothing is gained below it. */
export const MIN_LINE_LENGTH = 80;

const limit = (what: string, min: number) =>
  z.custom<number>((n) => n === Infinity || (Number.isInteger(n) && (n as number) >= min), {
    error: `${what} must be a whole number of at least ${min}, or Infinity`,
  });

export const ParseOptionsSchema = z.object({
  path: z.string({ error: 'path must be a string' }).optional(),
  redact: z.boolean({ error: 'redact must be true or false' }).optional(),
  maxBytes: limit('maxBytes', 1).optional(),
  maxLineLength: limit('maxLineLength', MIN_LINE_LENGTH).optional(),
});

export type CheckedOptions = z.infer<typeof ParseOptionsSchema>;

export function checkOptions(options: unknown): { ok: true; options: CheckedOptions } | { ok: false; message: string } {
  if (options === undefined || options === null) return { ok: true, options: {} };
  if (typeof options !== 'object' || Array.isArray(options)) return { ok: false, message: 'the options must be an object' };
  let r;
  try {
    r = ParseOptionsSchema.safeParse(options);
  } catch (e) {
    // a getter or proxy that throws
    return { ok: false, message: `the options cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (r.success) return { ok: true, options: r.data };
  const value = (o: Record<string, unknown>, key: PropertyKey): string => {
    const v = o[key as string];
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null ? 'null' : typeof v;
  };
  return {
    ok: false,
    message: r.error.issues.map((i) => `${i.message} (got ${value(options as Record<string, unknown>, i.path[0] ?? '')})`).join('; '),
  };
}
