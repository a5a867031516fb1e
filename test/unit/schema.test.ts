// The contract for people and for TypeScript: docs/SCHEMA.md is generated from the zod
// schema and must be current; the JSON Schema carries the fields' meanings; documents
// narrow by `kind`, and validation holds finsam to what that narrowing promises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema, narrowDocuments, parse, type Document } from '../../src/index.js';
import { kindFault } from '../../src/schema/kinds.js';
import { schemaMarkdown } from '../../src/schema/markdown.js';
import { ParseResultSchema } from '../../src/schema/result.js';
import { RESULT_AS_MADE, validate } from '../../src/validate/validate.js';
import { z } from 'zod';

const root = join(import.meta.dirname, '..', '..');
const result = parse(readFileSync(join(root, 'fixtures', '004-umea-kallelse-protokoll-2020.txt')));

describe('docs/SCHEMA.md', () => {
  it('is what `npm run schema-doc` writes from the current schema', () => {
    expect(readFileSync(join(root, 'docs', 'SCHEMA.md'), 'utf8'), 'docs/SCHEMA.md is stale: run `npm run schema-doc`').toBe(schemaMarkdown());
  });

  it('has a table for every object a ParseResult holds, each field with its type', () => {
    const page = schemaMarkdown();
    for (const name of ['ParseResult', 'Source', 'Document', 'Meeting', 'Participant', 'Signatures', 'SignedAt', 'Item', 'Decision', 'Warning', 'LineSpan', 'ParagraphRange']) {
      expect(page).toContain(`\n## ${name}\n`);
    }
    expect(page).toContain('| subItems | [Item](#item)[] |');
    expect(page).toContain('| date | date `YYYY-MM-DD` \\| null |');
    expect(page).toContain('| kind | `minutes` \\| `notice` \\| `notes` \\| `other` |');
  });
});

describe('jsonSchema()', () => {
  it('carries the meaning of the fields', () => {
    const schema = jsonSchema() as { properties: Record<string, { description?: string }> };
    expect(schema.properties.documents!.description).toMatch(/in file order/);
    expect(JSON.stringify(schema)).toContain('who presents the item');
  });
});

describe('documents narrowed by kind', () => {
  it('types meeting as present for minutes, notices and notes', () => {
    const kinds = narrowDocuments(result).map((d) => (d.kind === 'other' ? ['other', d.text] : [d.kind, d.meeting.date]));
    expect(kinds).toEqual(result.documents.map((d) => [d.kind, d.kind === 'other' ? d.text : d.meeting!.date]));
    expect(kinds.some(([k]) => k !== 'other')).toBe(true);
  });

  it('a document that breaks what the narrowing promises fails validation', () => {
    const minutes = result.documents.find((d) => d.kind === 'minutes')!;
    const broken: Document[] = [
      { ...minutes, meeting: null },
      { ...minutes, text: 'kept text' },
      { ...minutes, kind: 'other' },
    ];
    for (const d of broken) {
      expect(kindFault(d)).not.toBeNull();
      const checked = validate({ ...result, documents: [d] });
      expect(checked.ok).toBe(false);
    }
    expect(result.documents.map(kindFault)).toEqual(result.documents.map(() => null));
  });
});

describe('validate() through the compiled parser', () => {
  const item = result.documents.flatMap((d) => d.items)[0]!;
  const withItems = (items: unknown[]): unknown => ({ ...result, documents: [{ ...result.documents[0]!, items }] });
  // what the runtime parser alone made of a candidate, as validate() words it
  const byRuntime = (candidate: unknown): unknown => {
    const r = ParseResultSchema.safeParse(candidate);
    if (r.success) return { ok: true, result: r.data };
    return { ok: false, message: `result does not match the schema at ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}` };
  };

  it('is compiled, not handed back as the runtime schema', () => {
    expect(() => z.compile(RESULT_AS_MADE, { strict: true })).not.toThrow();
  });

  it('returns the copy the runtime parser makes: its fields in the order of the schema, unknown keys dropped', () => {
    const candidate = { extra: 1, ...result, documents: result.documents.map((d) => ({ stray: true, ...d })) };
    const checked = validate(candidate);
    expect(checked.ok).toBe(true);
    expect(JSON.stringify(checked)).toBe(JSON.stringify(byRuntime(candidate)));
    expect(checked.ok && checked.result).not.toBe(candidate);
  });

  it('answers as the runtime parser for sub-items deeper than it spells out, and for a broken field', () => {
    let deep = { ...item, subItems: [] as unknown[] };
    for (let k = 0; k < 5; k++) deep = { ...item, subItems: [deep] };
    const broken = { ...item, subItems: [{ ...item, title: 7 }] };
    for (const candidate of [withItems([deep]), withItems([broken]), withItems([{ ...deep, subItems: [broken] }])]) {
      expect(JSON.stringify(validate(candidate))).toBe(JSON.stringify(byRuntime(candidate)));
    }
    expect(validate(withItems([broken]))).toMatchObject({ ok: false, message: expect.stringContaining('documents.0.items.0.subItems.0.title') });
    expect(validate(withItems([deep])).ok).toBe(true);
  });
});
