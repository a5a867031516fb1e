// The floor a batch is compared with: the least any converter must do — read every file
// under SRC and write `JSON.stringify({ text })` to the same relative path under OUT
// (`.txt` → `.json`), one file after the other, with plain synchronous fs calls.
//
//   node scripts/bench/floor.mjs SRC... OUT
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const out = args.pop();
let files = 0;
for (const root of args) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const from = join(entry.parentPath ?? entry.path, entry.name);
    const to = join(out, relative(root, from)).replace(/\.txt$/, '.json');
    mkdirSync(join(to, '..'), { recursive: true });
    writeFileSync(to, JSON.stringify({ text: readFileSync(from, 'utf8') }));
    files++;
  }
}
process.stderr.write(`${files} files\n`);
