// The in-process measurements, each in a fresh Node process of its own so neither sees
// the other's heap or JIT state. Prints one JSON object on stdout.
//
//   node scripts/bench/inprocess.mjs throughput RUNS FILE...   times of passes of parse() over the files
//   node scripts/bench/inprocess.mjs scaling RUNS SEED          16 fixtures in one input vs one by one
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures, random, vary } from './corpus.mjs';

const root = process.env.FINSAM_BENCH_ROOT ?? join(import.meta.dirname, '..', '..');
const { parse } = await import(join(root, 'dist', 'index.js'));
const [mode, runsArg, ...rest] = process.argv.slice(2);
const runs = Number(runsArg);

function time(f) {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** A result that stopped early (a fatal warning) would make any timing meaningless. */
function check(result, what) {
  const fatal = result.warnings.find((w) => ['internal-error', 'input-too-large', 'binary-input', 'empty-input'].includes(w.code));
  if (fatal) throw new Error(`${what}: ${fatal.code}: ${fatal.message}`);
  return result;
}

if (mode === 'throughput') {
  const inputs = rest.map((f) => readFileSync(f));
  const bytes = inputs.reduce((n, b) => n + b.length, 0);
  const pass = () => {
    for (const b of inputs) parse(b, { path: 'x.txt' });
  };
  inputs.forEach((b, i) => check(parse(b), rest[i])); // warm-up, and every input must parse
  const times = Array.from({ length: runs }, () => time(pass));
  console.log(JSON.stringify({ bytes, files: inputs.length, times }));
} else if (mode === 'scaling') {
  // (these scripts' own fixtures, whichever build is measured: the same texts for every build)
  const fixtures = loadFixtures(join(import.meta.dirname, '..', '..', 'fixtures'));
  const rng = random(Number(rest[0] ?? 1));
  const COPIES = 16;
  // one input of 16 fixture variants (all fixtures in turn), and each fixture 16 times over
  const cases = [
    { name: 'mixed', parts: Array.from({ length: COPIES }, (_, i) => Buffer.from(vary(fixtures[i % fixtures.length], rng))) },
    ...fixtures.map((f) => ({ name: f.name, parts: Array.from({ length: COPIES }, () => Buffer.from(vary(f, rng))) })),
  ];
  for (const c of cases) {
    c.whole = Buffer.from(c.parts.map((p) => p.toString()).join('\n\n'));
    c.documents = { whole: check(parse(c.whole), c.name).documents.length, parts: c.parts.reduce((n, p) => n + check(parse(p), c.name).documents.length, 0) };
    c.one = [];
    c.sixteen = [];
  }
  for (let r = 0; r < runs; r++) {
    for (const c of cases) {
      c.one.push(c.parts.reduce((t, p) => t + time(() => parse(p)), 0));
      c.sixteen.push(time(() => parse(c.whole)));
    }
  }
  console.log(JSON.stringify(cases.map(({ name, one, sixteen, documents, whole }) => ({ name, bytes: whole.length, documents, one, sixteen }))));
} else {
  throw new Error(`unknown mode ${mode}`);
}
