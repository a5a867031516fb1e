// The output contract as a page for people (docs/SCHEMA.md, written by `npm run
// schema-doc`): one table per object of the zod schema, in the order a reader meets them
// from ParseResult down, with each field's type and meaning. Generated, so it cannot
// drift from what `finsam parse` emits; a test checks the committed page is current.
import { z } from 'zod';
import './descriptions.js';
import * as contract from './result.js';

const HEADER = `# finsam output contract

<!-- Generated from src/schema/result.ts and src/schema/descriptions.ts by \`npm run schema-doc\`; do not edit. -->

\`finsam parse\` emits one **ParseResult** per input file; \`finsam schema\` prints the same
contract as JSON Schema (draft 2020-12), and the library exports it as \`ParseResultSchema\`
(zod) and \`jsonSchema()\`. Keys are English camelCase and enum values English; where the
source used a Swedish label it is kept beside the enum (\`roleLabel\`, \`section\`).

Every string is trimmed, whitespace-collapsed, NFC-normalised and free of layout debris
(markdown and HTML markers, signature lines, page furniture). Absent facts are \`null\`
or \`[]\`, never \`""\` and never guessed. \`lines\` spans and \`line\` numbers are 1-based
lines of the decoded input. Valid personal identity numbers are replaced by
\`[personnummer]\` unless redaction is turned off. Within schema version 1 fields may be
added, never renamed or dropped.
`;

type Any = z.ZodType;
const def = (s: Any) => (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** The exported object schemas of result.ts, by instance: a field of one of these types links to its table. */
const NAMED = new Map<Any, string>(
  Object.entries(contract)
    .filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodObject)
    .map(([name, value]) => [value as Any, name.replace(/Schema$/, '')]),
);

const PATTERNS: Readonly<Record<string, string>> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'date `YYYY-MM-DD`',
  '^\\d{2}:\\d{2}$': 'time `HH:MM`',
};

export function schemaMarkdown(): string {
  const queue: Any[] = [contract.ParseResultSchema];
  const seen = new Set<Any>(queue);
  const sections: string[] = [];
  const link = (s: Any): string => {
    if (!seen.has(s)) {
      seen.add(s);
      queue.push(s);
    }
    const name = NAMED.get(s)!;
    return `[${name}](#${name.toLowerCase()})`;
  };
  for (let s = queue.shift(); s; s = queue.shift()) {
    const name = NAMED.get(s)!;
    const shape = (s as z.ZodObject).shape as Record<string, Any>;
    const rows = Object.entries(shape).map(([field, f]) => `| ${field} | ${typeOf(f, link)} | ${cell(f.description ?? '')} |`);
    const about = s.description ? `\n${s.description}.\n` : '';
    sections.push(`## ${name}\n${about}\n| field | type | meaning |\n|---|---|---|\n${rows.join('\n')}\n`);
  }
  return `${HEADER}\n${sections.join('\n')}`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(s: Any, link: (s: Any) => string): string {
  if (NAMED.has(s)) return link(s);
  const d = def(s);
  switch (d.type) {
    case 'nullable':
      return `${typeOf(d.innerType as Any, link)} \\| null`;
    case 'optional':
      return `${typeOf(d.innerType as Any, link)} (optional)`;
    case 'array':
      return `${typeOf(d.element as Any, link)}[]`;
    case 'object':
      return `{${Object.entries((s as z.ZodObject).shape as Record<string, Any>)
        .map(([k, v]) => `${k}: ${typeOf(v, link)}`)
        .join(', ')}}`;
    case 'enum':
      return Object.values(d.entries as Record<string, string>)
        .map((v) => `\`${v}\``)
        .join(' \\| ');
    case 'literal':
      return (d.values as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
    case 'boolean':
      return 'boolean';
    case 'number':
      return checks(s).some((c) => c.format === 'safeint') ? 'integer' : 'number';
    case 'string': {
      const pattern = checks(s).find((c) => c.format === 'regex')?.pattern as RegExp | undefined;
      if (!pattern) return 'string';
      return PATTERNS[pattern.source] ?? `string \`${cell(pattern.source)}\``;
    }
    default:
      return d.type;
  }
}

const checks = (s: Any): Record<string, unknown>[] =>
  ((def(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);
