// What each field of the output contract means, in zod's global registry, from which
// `finsam schema` (z.toJSONSchema) and docs/SCHEMA.md (`npm run schema-doc`) read them.
// Kept beside result.ts rather than in it, so shapes and words can change apart; a field
// described in result.ts itself (`.describe()`) keeps its own words.
import { z } from 'zod';
import * as contract from './result.js';

const MEANINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ParseResultSchema: {
    schemaVersion: 'the version of this contract; fields are added within a version, never renamed or dropped',
    source: 'the input file',
    documents: 'in file order; a file may hold several (a kallelse, then a protokoll, then appendices)',
    warnings: 'problems with the file as a whole (decoding fell back, nothing recognised, …)',
  },
  SourceSchema: {
    sha256: 'of the raw bytes',
    bytes: 'size of the raw bytes',
  },
  DocumentSchema: {
    kind: 'protokoll → minutes, kallelse or föredragningslista → notice, minnesanteckningar → notes, anything else → other',
    title: 'the heading as written, e.g. `PROTOKOLL 6`, `Verksamhetsplan 2021-2023`',
    meeting: 'null for `other` documents',
    participants: 'in source order',
    signatures: 'null when the document has no signature block, posting or certificate',
    items: 'the numbered paragraphs (§) of minutes, the numbered points of a notice',
    page: 'PDF input only: the page (1-based) the document starts on; absent for text input',
    warnings: 'problems with this document (§ numbers that skip, a date that does not exist, …)',
  },
  MeetingSchema: {
    organisation: 'e.g. `Samordningsförbundet Skaraborg`',
    date: 'from `Fredag 27 mars 2020`, `Tisdagen den 26 november` and the year written elsewhere, `230531`, …',
    startTime: 'from `klockan 09.30 – 11.30`, `kl. 9:00–12:00`, `Tid 09.00 – 11.00`',
    endTime: 'as startTime',
    location: 'as written, e.g. `Regionens Hus, Borås`, `Via Teams`',
    remote: 'true when held via Teams, Zoom, Skype, at a distance or digitally (also when hybrid)',
  },
  ParticipantSchema: {
    name: 'as written, without party, organisation or role',
    role: 'beslutande/ledamöter → member, ersättare → deputy, övriga → other, anmält förhinder/frånvarande → absent',
    organisation: 'as written, e.g. `Försäkringskassan`, `Marks kommun`',
    party: 'the party abbreviation from `(S)`, `(M)`, `(KD)`, …',
    position: 'e.g. `ordförande`, `förbundschef`; `ordf.` becomes `ordförande`',
    paragraphs: 'attended only these §§ (`§ 52–58`)',
    substituteFor: 'the member a deputy serves for (`tjänstgör för Eva Ek`)',
    note: 'what is left of the line after the facts above',
    // one zod instance with LineSpan's start and end and Decision's line
    line: 'a 1-based line of the decoded input',
  },
  SignaturesSchema: {
    chair: 'ordförande who signs',
    secretary: 'sekreterare, `Vid protokollet`',
    adjusters: 'justerare (without the chair when the chair also signs as chair)',
    adjustedOn: 'justeringsdatum',
    posted: 'anslag: put up and taken down',
    storedAt: 'förvaringsplats',
    signedAt: 'e-signatures from a signing certificate',
  },
  SignedAtSchema: {
    name: 'who signed',
  },
  ItemSchema: {
    outcome: 'how the item ended, as the text states it: bifall / avslag / bordläggs / återremitteras / antecknas, läggs till handlingarna / dras tillbaka; null when it states none',
    reservations: 'reservationer against this meeting\'s decision',
    page: 'PDF input only: the page (1-based) the item starts on; absent for text input',
    type: 'from `– Beslut`, `– information`, `– Diskussion`, or the section',
    attachments: '`bilaga 1-8` → `["1", …, "8"]`, `(bilaga 2)` → `["2"]`',
    presenter: 'who presents the item (`föredrar`, `föredragande`): a name, or a role when no name is given',
    proposal: '`Förslag till beslut: …` (notices), `Arbetsutskottet föreslår …`',
    decisions: 'what this meeting decided, one per clause',
    subItems: '`a.`, `b.`, … under a §; the same shape',
  },
  DecisionSchema: {
    text: 'the decided clause, e.g. `Godkänna upprättad budgetplan för 2025–2027.`',
    by: 'who decided: `Styrelsen`, `Arbetsutskottet`, …',
  },
  VoteSchema: {
    yes: 'ja-röster',
    no: 'nej-röster',
    abstain: 'how many abstained (avstår, blanka)',
  },
  RollCallSchema: {
    name: 'a member as the voteringslista writes them, without party',
    party: '`(S)` → `S`',
    vote: 'the column marked: ja, nej, avstår, or frånvarande (absent)',
  },
  ReservationSchema: {
    by: 'who reserved themselves, as written, without party; [] when only a party is named',
    parties: 'their parties, each once: `(V)` → `V`, `Socialdemokraterna` → `S`',
  },
  ConflictSchema: {
    name: 'who declared jäv (a conflict of interest), as written, without party',
    party: '`(M)` → `M`',
  },
  WarningSchema: {
    message: 'for people; may change between versions',
    line: 'the source line, when there is one',
  },
};

const schemas = contract as unknown as Record<string, z.ZodObject | undefined>;
const described = new Map<z.ZodType, string>();
for (const [schemaName, fields] of Object.entries(MEANINGS)) {
  const shape = schemas[schemaName]?.shape as Record<string, z.ZodType> | undefined;
  if (!shape) throw new Error(`descriptions: no ${schemaName} in result.ts`);
  for (const [field, description] of Object.entries(fields)) {
    const schema = shape[field];
    if (!schema) throw new Error(`descriptions: ${schemaName} has no field ${field}`);
    // one zod instance can stand in several places (a shared `lineNo`): it gets one meaning
    const earlier = described.get(schema);
    if (earlier !== undefined && earlier !== description) throw new Error(`descriptions: ${schemaName}.${field} shares its schema with a field described otherwise`);
    if (schema.description !== undefined && earlier === undefined) continue;
    described.set(schema, description);
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), description });
  }
}
