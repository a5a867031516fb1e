// Writes docs/SCHEMA.md from the zod schema (run after `npm run build`, as `npm run
// schema-doc` does). test/schema-doc.test.ts fails while the committed page is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaMarkdown } from '../dist/schema/markdown.js';

const file = join(import.meta.dirname, '..', 'docs', 'SCHEMA.md');
writeFileSync(file, schemaMarkdown());
console.log(`wrote ${file}`);
