// The contract for people and for TypeScript: docs/SCHEMA.md is generated from the zod
// schema and must be current; the JSON Schema carries the fields' meanings; documents
// narrow by `kind`, and validation holds finsam to what that narrowing promises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema, narrowDocuments, parse, type Document } from '../../src/index.js';
import { kindFault } from '../../src/schema/kinds.js';
import { schemaMarkdown } from '../../src/schema/markdown.js';
import { validate } from '../../src/validate/validate.js';

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
