// The output contract (../shared/SCHEMA.md, schema version 1). This file is the single
// source of truth: TypeScript types come from z.infer and `finsam schema` prints
// z.toJSONSchema of ParseResultSchema.
import { z } from 'zod';

/** A present fact is never an empty string: absent facts are null (SCHEMA.md). A new
 *  instance for each field, so that each field's meaning (descriptions.ts) is its own. */
const text = (): z.ZodString => z.string().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const clock = z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM');
const lineNo = z.number().int().min(1);

export const LineSpanSchema = z
  .object({ start: lineNo, end: lineNo })
  .describe('1-based inclusive line span in the decoded source');

export const PageSchema = z
  .number()
  .int()
  .min(1)
  .describe('PDF input only: the page (1-based) that `lines.start` stands on; absent for text input');

export const ParagraphRangeSchema = z
  .object({
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
  })
  .describe('a range of § numbers; an open end is null (`tom §5` → {from: null, to: 5})');

export const WarningSchema = z.object({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case').describe('stable identifier'),
  message: z.string(),
  line: lineNo.nullable(),
});

export const MeetingSchema = z.object({
  organisation: text().nullable(),
  body: text().nullable().describe('the organ, lower-case canonical noun: styrelse, arbetsutskott, …'),
  date: isoDate.nullable(),
  startTime: clock.nullable(),
  endTime: clock.nullable(),
  location: text().nullable(),
  remote: z.boolean().nullable(),
  number: text().nullable().describe("the protocol's own number: `6` in `Protokoll 6`"),
  paragraphs: ParagraphRangeSchema.nullable().describe('the declared range: `§§ 1-8`'),
});

export const RoleSchema = z.enum(['member', 'deputy', 'other', 'absent']);

export const ParticipantSchema = z.object({
  name: z.string().min(1),
  role: RoleSchema,
  roleLabel: text().describe('the heading it stood under, as written'),
  organisation: text().nullable(),
  party: text().nullable(),
  position: text().nullable(),
  paragraphs: ParagraphRangeSchema.nullable(),
  substituteFor: text().nullable(),
  note: text().nullable(),
  line: lineNo,
});

export const SignedAtSchema = z.object({
  name: text(),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$/).describe('as certified, `YYYY-MM-DD HH:MM:SS`'),
});

export const SignaturesSchema = z.object({
  chair: z.array(text()),
  secretary: z.array(text()),
  adjusters: z.array(text()),
  adjustedOn: isoDate.nullable(),
  posted: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).nullable(),
  storedAt: text().nullable(),
  signedAt: z.array(SignedAtSchema),
});

export const DecisionSchema = z.object({
  text: z.string().min(1),
  by: text().nullable(),
  line: lineNo,
});

export const ItemTypeSchema = z.enum(['decision', 'information', 'discussion']);

// How a § was decided (SCHEMA.md Additions, Item): names and parties as written, each
// statement with its source line.
export const OutcomeSchema = z
  .enum(['approved', 'rejected', 'tabled', 'referred-back', 'noted', 'withdrawn'])
  .describe('how the item ended: bifall / avslag / bordläggs / återremitteras / antecknas, läggs till handlingarna / dras tillbaka');

export const MotionSchema = z.object({
  by: z.array(text()).describe('the movers as written, without party: `Anna Ek`, or a role such as `Ordföranden`'),
  parties: z.array(text()).describe('their parties, each once: `(S)` → `S`; `Ledamöterna från SD` → `SD`'),
  text: text().describe('what is moved: `bifall till kommunstyrelsens förslag`'),
  line: lineNo,
});

export const RollCallSchema = z.object({
  name: text(),
  party: text().nullable(),
  vote: z.enum(['yes', 'no', 'abstain', 'absent']),
});

export const VoteSchema = z.object({
  yes: z.number().int().min(0).nullable(),
  no: z.number().int().min(0).nullable(),
  abstain: z.number().int().min(0).nullable(),
  proposition: text().nullable().describe('what yes and no stood for, as written: `Ja-röst för arbetsutskottets förslag, nej-röst för …`'),
  line: lineNo,
  roll: z.array(RollCallSchema).describe('the named roll-call when the § lists one (a voteringslista); [] when it does not'),
});

export const ReservationSchema = z.object({
  by: z.array(text()),
  parties: z.array(text()),
  text: text().describe('the reservation as written'),
  line: lineNo,
});

export const ConflictSchema = z.object({
  name: text(),
  party: text().nullable(),
  line: lineNo,
});

export const ItemSchema = z.object({
  number: z.number().int().nullable().describe('`§ 47`, `1.` in an agenda, a bare `1` in a table'),
  label: text().nullable().describe('sub-items only: a, b, …'),
  caseNumber: text().nullable().describe('the diarienummer / ärendenummer as written (`KS 2019/123`), without its `Dnr` label'),
  title: z.string().describe('heading only, a wrapped title joined'),
  text: z.string().describe('the body, cleaned; paragraphs separated by a blank line'),
  section: text().nullable().describe('the group heading it stands under: Informationsärenden, …'),
  type: ItemTypeSchema.nullable(),
  attachments: z.array(text()),
  presenter: text().nullable(),
  proposal: text().nullable(),
  decisions: z.array(DecisionSchema),
  outcome: OutcomeSchema.nullable(),
  motions: z.array(MotionSchema).describe('yrkanden'),
  votes: z.array(VoteSchema).describe('omröstningar; a § may hold several'),
  reservations: z.array(ReservationSchema),
  conflicts: z.array(ConflictSchema).describe('jäv: who did not take part in this item'),
  notes: z.array(text()).describe('protokollsanteckningar, as written'),
  get subItems() {
    return z.array(ItemSchema);
  },
  lines: LineSpanSchema,
  page: PageSchema.optional(),
});

export const DocumentKindSchema = z.enum(['minutes', 'notice', 'notes', 'other']);

export const DocumentSchema = z.object({
  kind: DocumentKindSchema,
  title: text().nullable(),
  lines: LineSpanSchema,
  page: PageSchema.optional(),
  meeting: MeetingSchema.nullable(),
  participants: z.array(ParticipantSchema),
  signatures: SignaturesSchema.nullable(),
  items: z.array(ItemSchema),
  text: text().nullable().describe('the cleaned text of an `other` document'),
  warnings: z.array(WarningSchema),
});

export const EncodingSchema = z
  .enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'pdf-text-layer'])
  .describe("how the text was had: a text file's encoding, or `pdf-text-layer` (the PDF's own text layer)");

export const SourceSchema = z.object({
  path: z.string().describe('as given; `-` for stdin'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  encoding: EncodingSchema,
  format: z.enum(['text', 'pdf']).describe('what the file was'),
  pages: z.number().int().min(0).nullable().describe('pages of a PDF; null for text'),
});

export const ParseResultSchema = z
  .object({
    schemaVersion: z.literal(1),
    source: SourceSchema,
    documents: z.array(DocumentSchema),
    outline: z
      .array(text())
      .describe('a PDF outline (bookmark list) that the text extractor appended after the documents'),
    warnings: z.array(WarningSchema),
  })
  .describe('finsam ParseResult, schema version 1: one per input file');

export type LineSpan = z.infer<typeof LineSpanSchema>;
export type ParagraphRange = z.infer<typeof ParagraphRangeSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Signatures = z.infer<typeof SignaturesSchema>;
export type SignedAt = z.infer<typeof SignedAtSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type ItemType = z.infer<typeof ItemTypeSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Motion = z.infer<typeof MotionSchema>;
export type RollCall = z.infer<typeof RollCallSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type Reservation = z.infer<typeof ReservationSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type Encoding = z.infer<typeof EncodingSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type ParseResult = z.infer<typeof ParseResultSchema>;
