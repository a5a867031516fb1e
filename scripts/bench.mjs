#!/usr/bin/env node
// `npm run bench`: how fast finsam is, as ratios to floors measured side by side in the
// same run (on a shared machine only such ratios can be trusted). It generates its own
// corpus from the fixtures in a temporary folder, measures, and prints a markdown table
// with the target beside each ratio. A report, not a test: it exits 0 when targets are
// missed, and non-zero only when it could not measure.
//
//   node scripts/bench.mjs [--quick] [--runs N] [--only batch,startup,…] [--keep]
//
// FINSAM_BENCH_ROOT=DIR measures another built checkout (its bin/, dist/ and fixtures/)
// with these scripts: how before/after figures are taken.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFixtures, writeCorpus } from './bench/corpus.mjs';
import { writePdfCorpus } from './bench/pdfs.mjs';

const ROOT = process.env.FINSAM_BENCH_ROOT ?? join(import.meta.dirname, '..');
// the corpus is made from these scripts' own fixtures, whichever build is measured: two builds
// compared with FINSAM_BENCH_ROOT read the same texts (an older checkout has fewer fixtures)
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const BIN = join(ROOT, 'bin', 'finsam.js');
const HERE = join(import.meta.dirname, 'bench');
const MEASURES = ['throughput', 'batch', 'scaling', 'startup', 'memory', 'pdf'];

const USAGE = `usage: node scripts/bench.mjs [options]   (npm run bench -- [options])

  --quick        a small corpus (500 files for the batch, 1,000 vs 100 for memory, 14 PDFs)
  --runs N       runs per figure (default 3 for batches and memory, more for the quick ones)
  --only LIST    some of: ${MEASURES.join(',')}
  --keep         keep the temporary folder with the corpus
  -h, --help

FINSAM_BENCH_ROOT=DIR measures another built checkout with these scripts (before/after).
`;

function options(argv) {
  const o = { quick: false, runs: undefined, only: new Set(MEASURES), keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--only') o.only = new Set(String(argv[++i]).split(','));
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown argument ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (o.runs !== undefined && !(Number.isInteger(o.runs) && o.runs > 0)) {
    process.stderr.write('bench: --runs needs a positive whole number\n');
    process.exit(2);
  }
  const unknown = [...o.only].filter((m) => !MEASURES.includes(m));
  if (unknown.length) {
    process.stderr.write(`bench: --only: unknown ${unknown.join(', ')} (choose from ${MEASURES.join(', ')})\n`);
    process.exit(2);
  }
  return o;
}

const opt = options(process.argv.slice(2));
const R = (n) => opt.runs ?? n;
const plan = opt.quick
  ? { batch: 500, memory: [100, 1000], runs: R(3), memoryRuns: R(3), startupRuns: R(9), throughputRuns: R(3), throughputBytes: 1e6, scalingRuns: R(3), pdfs: { copies: 2, hogsby: 4 } }
  : { batch: 5000, memory: [1000, 10000], runs: R(3), memoryRuns: R(3), startupRuns: R(15), throughputRuns: R(5), throughputBytes: 4e6, scalingRuns: R(5), pdfs: { copies: 10, hogsby: 16 } };

// ---------------------------------------------------------------------------------------
// helpers

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const n0 = new Intl.NumberFormat('en-US');
const fix = (x, d) => new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
const secs = (ms) => (ms >= 10000 ? `${fix(ms / 1000, 1)} s` : ms >= 1000 ? `${fix(ms / 1000, 2)} s` : `${fix(ms, 0)} ms`);
const mb = (bytes) => `${fix(bytes / 1e6, bytes < 1e7 ? 1 : 0)} MB`;
const spread = (xs, f) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;

/** Environment for measured children: no colour or progress, nothing inherited that changes them. */
const childEnv = (extra = {}) => {
  const env = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  delete env.NODE_OPTIONS;
  return env;
};

/** Run a command to completion; its wall time in ms (spawn included, the same for every command). */
function run(args, { env = {}, stdout = 'ignore', expect = 0 } = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', stdout, 'pipe'], maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error) throw r.error;
  if (expect !== null && r.status !== expect) {
    throw new Error(`node ${args.join(' ')} exited ${r.status ?? r.signal}:\n${String(r.stderr).slice(-2000)}`);
  }
  return { ms, stdout: r.stdout ? String(r.stdout) : '', stderr: String(r.stderr) };
}

/** The same, without blocking: for commands that run side by side. */
function runAsync(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`node ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`))));
  });
}

const fresh = (dir) => rmSync(dir, { recursive: true, force: true });

/**
 * Remove a run's output and wait until the disk has settled: the kernel writes a run's
 * files back in the background, and the next run (the floor most of all) would pay for it.
 */
function settle(dir) {
  fresh(dir);
  if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' });
}

/** Every input converted: the summary line finsam prints after a batch. */
function checkSummary(stderr, files, what) {
  const converted = /^([\d,]+) converted, ([\d,]+) failed/m.exec(stderr);
  if (!converted || Number(converted[1].replaceAll(',', '')) !== files) {
    throw new Error(`${what}: expected ${n0.format(files)} converted, finsam said:\n${stderr.slice(-2000)}`);
  }
}

// ---------------------------------------------------------------------------------------
// the measures; each returns rows for the table and lines for the details

const rows = [];
const details = [];
const row = (measure, result, ratio, target, met) => rows.push({ measure, result, ratio, target, met });

async function throughput(corpus) {
  // whole files from the batch corpus until the sample is big enough
  const files = [];
  let bytes = 0;
  for (const f of listFiles(corpus.batch)) {
    if (bytes >= plan.throughputBytes) break;
    files.push(f);
    bytes += statSync(f).size;
  }
  log(`throughput: ${n0.format(files.length)} files, ${mb(bytes)}, ${plan.throughputRuns} passes after a warm-up`);
  const args = [join(HERE, 'inprocess.mjs'), 'throughput', String(plan.throughputRuns), ...files];
  const rates = (r) => r.times.map((ms) => r.bytes / 1e6 / (ms / 1000));
  const one = rates(JSON.parse(run(args, { stdout: 'pipe' }).stdout));
  const rate = median(one);
  row('throughput: `parse()`, one thread', `${fix(rate, 2)} MB/s`, `${fix(rate, 2)} MB/s`, '≥ 30 MB/s', rate >= 30);
  details.push(`- throughput: ${n0.format(files.length)} corpus files (${mb(bytes)}) per pass; MB/s per pass ${spread(one, (x) => fix(x, 2))}`);
  // What two threads can give on this machine at all: the same loop in two processes at once
  log('parallel: the same in two processes at once');
  const two = (await Promise.all([runAsync(args), runAsync(args)])).map((r) => median(rates(JSON.parse(r.stdout))));
  const parallel = (two[0] + two[1]) / rate;
  row('parallel: 2 × `parse()` side by side / 1 (the machine’s limit for `--jobs 2`)', `${fix(two[0] + two[1], 2)} MB/s`, `${fix(parallel, 2)}×`, '—', null);
  details.push(`- parallel: two processes running the throughput loop at once, ${two.map((x) => fix(x, 2)).join(' + ')} MB/s: the most any --jobs 2 could gain here`);
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

function batch(corpus, tmp) {
  const out = join(tmp, 'out');
  const files = plan.batch;
  const jobs = availableParallelism();
  const finsam = (extra) => {
    settle(out);
    const r = run([BIN, 'parse', corpus.batch, '--out', out, ...extra]);
    checkSummary(r.stderr, files, `finsam parse ${extra.join(' ')}`);
    return r.ms;
  };
  const floor = () => {
    settle(out);
    return run([join(HERE, 'floor.mjs'), corpus.batch, out]).ms;
  };
  const t = { floor: [], finsam: [], jobs1: [], jobs2: [] };
  log(`batch: ${n0.format(files)} files, ${plan.runs} rounds of floor, finsam (--jobs ${jobs} by default), --jobs 1${jobs === 2 ? '' : ', --jobs 2'}`);
  floor(); // warm-up: the corpus in the page cache
  for (let i = 0; i < plan.runs; i++) {
    t.floor.push(floor());
    t.finsam.push(finsam([]));
    t.jobs1.push(finsam(['--jobs', '1']));
    // with two cores the default is --jobs 2: the same run twice would only cost time
    t.jobs2.push(jobs === 2 ? t.finsam.at(-1) : finsam(['--jobs', '2']));
    log(`  round ${i + 1}: floor ${secs(t.floor.at(-1))}, finsam ${secs(t.finsam.at(-1))}, --jobs 1 ${secs(t.jobs1.at(-1))}, --jobs 2 ${secs(t.jobs2.at(-1))}`);
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  const batchRatio = m.finsam / m.floor;
  const workers = m.jobs1 / m.jobs2;
  row(`batch: ${n0.format(files)} files \`--out\`, vs the floor`, `${secs(m.finsam)} vs ${secs(m.floor)}`, `${fix(batchRatio, 1)}×`, '≤ 3×', batchRatio <= 3);
  row('workers: `--jobs 1` / `--jobs 2`', `${secs(m.jobs1)} / ${secs(m.jobs2)}`, `${fix(workers, 2)}×`, '≥ 1.7×', workers >= 1.7);
  details.push(
    `- batch: ${n0.format(files)} files (${mb(corpus.batchBytes)}), finsam with its default --jobs ${jobs}: ${spread(t.finsam, secs)}, floor ${spread(t.floor, secs)}; ` +
      `${n0.format(Math.round(files / (m.finsam / 1000)))} files/s, ${fix(corpus.batchBytes / 1e6 / (m.finsam / 1000), 2)} MB/s`,
    `- workers: --jobs 1 ${spread(t.jobs1, secs)}, --jobs 2 ${spread(t.jobs2, secs)}${jobs === 2 ? ' (the default runs: --jobs defaults to the 2 cores)' : ''}`,
  );
}

function scaling() {
  log(`scaling: 16 fixtures in one input vs one by one, ${plan.scalingRuns} runs`);
  const cases = JSON.parse(run([join(HERE, 'inprocess.mjs'), 'scaling', String(plan.scalingRuns), '1'], { stdout: 'pipe' }).stdout);
  const ratio = (c) => median(c.sixteen) / median(c.one);
  const mixed = cases[0];
  const r = ratio(mixed);
  row('scaling: 16 fixtures in one input / 16 × one', `${secs(median(mixed.sixteen))} vs ${secs(median(mixed.one))}`, fix(r, 2), '≤ 1.15', r <= 1.15);
  details.push(
    `- scaling: one input of 16 fixture variants (all fixtures in turn, ${mb(mixed.bytes)}) against the sum of the 16 parsed one by one; ` +
      'the same for 16 variants of each fixture (documents found: concatenated / one by one):',
    ...cases.map((c) => `  - ${c.name}: ${fix(ratio(c), 2)} (${secs(median(c.sixteen))} vs ${secs(median(c.one))}; documents ${c.documents.whole} / ${c.documents.parts})`),
  );
}

function startup() {
  const smallest = loadFixtures(FIXTURES)[0];
  const file = join(FIXTURES, `${smallest.name}.txt`);
  const commands = {
    node: ['-e', '0'],
    version: [BIN, '--version'],
    parse: [BIN, 'parse', file],
  };
  log(`startup: node -e 0, finsam --version, finsam parse ${file}; ${plan.startupRuns} rounds`);
  const t = { node: [], version: [], parse: [] };
  for (const args of Object.values(commands)) run(args); // warm-up
  for (let i = 0; i < plan.startupRuns; i++) {
    for (const [k, args] of Object.entries(commands)) t[k].push(run(args).ms);
  }
  const node = median(t.node);
  const version = median(t.version) / node;
  const parse = median(t.parse) / node;
  row('startup: `finsam --version` / `node -e 0`', `${secs(median(t.version))} vs ${secs(node)}`, `${fix(version, 2)}×`, '≤ 1.5×', version <= 1.5);
  row(`startup: \`finsam parse\` (${fix(smallest.bytes / 1000, 1)} kB) / \`node -e 0\``, `${secs(median(t.parse))} vs ${secs(node)}`, `${fix(parse, 2)}×`, '≤ 1.5×', parse <= 1.5);
  details.push(`- startup: node -e 0 ${spread(t.node, secs)}, --version ${spread(t.version, secs)}, parse ${file} ${spread(t.parse, secs)}`);
}

function memory(corpus, tmp) {
  const out = join(tmp, 'out');
  const rssFile = join(tmp, 'rss');
  const preload = pathToFileURL(join(HERE, 'maxrss.mjs')).href;
  const [small, large] = plan.memory;
  const peak = (roots, files) => {
    settle(out);
    rmSync(rssFile, { force: true });
    const r = run(['--import', preload, BIN, 'parse', ...roots, '--out', out], { env: { FINSAM_BENCH_RSS: rssFile } });
    checkSummary(r.stderr, files, `memory, ${files} files`);
    return { rss: Number(readFileSync(rssFile, 'utf8')), ms: r.ms };
  };
  log(`memory: peak RSS of a batch over ${n0.format(large)} vs ${n0.format(small)} files, ${plan.memoryRuns} rounds`);
  const t = { small: [], large: [] };
  for (let i = 0; i < plan.memoryRuns; i++) {
    t.small.push(peak([corpus.small], small));
    t.large.push(peak([corpus.batch, corpus.extra], large));
    log(`  round ${i + 1}: ${mb(t.large.at(-1).rss)} vs ${mb(t.small.at(-1).rss)}`);
  }
  const s = median(t.small.map((x) => x.rss));
  const l = median(t.large.map((x) => x.rss));
  row(`memory: peak RSS, ${n0.format(large)} / ${n0.format(small)} files`, `${mb(l)} vs ${mb(s)}`, fix(l / s, 2), '≤ 1.2', l / s <= 1.2);
  details.push(
    `- memory: peak RSS (main thread and workers) of \`finsam parse … --out\`, ${n0.format(large)} files ${spread(t.large.map((x) => x.rss), mb)} ` +
      `in ${spread(t.large.map((x) => x.ms), secs)}, ${n0.format(small)} files ${spread(t.small.map((x) => x.rss), mb)} in ${spread(t.small.map((x) => x.ms), secs)}`,
  );
}

// ---------------------------------------------------------------------------------------

/** Run `command` on every file, `parallel` at a time; resolves when all have ended (each must exit 0). */
function each(command, argsFor, files, parallel) {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    const start = () => {
      if (next === files.length && running === 0) return resolve();
      while (running < parallel && next < files.length) {
        const file = files[next++];
        running++;
        const child = spawn(command, argsFor(file), { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (code) => {
          running--;
          if (code !== 0) return reject(new Error(`${command} ${argsFor(file).join(' ')} exited ${code}`));
          start();
        });
      }
    };
    start();
  });
}

async function pdf(fixtures, tmp) {
  const dir = join(tmp, 'pdfs');
  const out = join(tmp, 'pdf-out');
  const texts = join(tmp, 'pdf-texts');
  const { files, pages } = await writePdfCorpus(dir, fixtures, { ...plan.pdfs, hogsbyPdf: join(ROOT, 'fixtures', 'hogsby-ks-2007-01-08.pdf') });
  const jobs = availableParallelism();
  const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  log(`pdf: ${n0.format(files)} PDFs, ${n0.format(pages)} pages; ${plan.runs} rounds of finsam (--jobs ${jobs} by default)${hasPdftotext ? ' and pdftotext -layout, ' + jobs + ' at a time' : ''}`);
  const list = readdirSync(dir).sort().map((f) => join(dir, f));
  const t = { finsam: [], pdftotext: [] };
  for (let i = 0; i < plan.runs; i++) {
    settle(out);
    const r = run([BIN, 'parse', dir, '--out', out]);
    checkSummary(r.stderr, files, 'pdf');
    t.finsam.push(r.ms);
    if (hasPdftotext) {
      settle(texts);
      mkdirSync(texts, { recursive: true });
      const t0 = process.hrtime.bigint();
      await each('pdftotext', (f) => ['-layout', f, join(texts, basename(f, '.pdf') + '.txt')], list, jobs);
      t.pdftotext.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const f = median(t.finsam);
  const rate = pages / (f / 1000);
  if (hasPdftotext) {
    const p = median(t.pdftotext);
    row(`pdf: ${n0.format(files)} PDFs, ${n0.format(pages)} pages \`--out\`, vs \`pdftotext -layout\``, `${fix(rate, 0)} pages/s; ${secs(f)} vs ${secs(p)}`, `${fix(f / p, 1)}×`, '≤ 5×', f / p <= 5);
  } else {
    row(`pdf: ${n0.format(files)} PDFs, ${n0.format(pages)} pages \`--out\``, `${fix(rate, 0)} pages/s; ${secs(f)}`, '—', '≤ 5× pdftotext', null);
  }
  details.push(
    `- pdf: ${n0.format(files)} PDFs (the fixtures set on A4 pages with pdf-lib, ${plan.pdfs.copies} variants each, and the Högsby PDF ${plan.pdfs.hogsby} times), ` +
      `finsam ${spread(t.finsam, secs)}` +
      (hasPdftotext ? `, pdftotext -layout ${spread(t.pdftotext, secs)} (${jobs} processes at a time, text only: no parsing, no JSON)` : '; pdftotext is not installed (Debian: poppler-utils), so no ratio'),
  );
}

function table() {
  const lines = [
    '| measure | result | ratio | target | met |',
    '|---|---:|---:|---:|:-:|',
    ...rows.map((r) => `| ${r.measure} | ${r.result} | ${r.ratio} | ${r.target} | ${r.met === null ? '' : r.met ? '✅' : '❌'} |`),
  ];
  return lines.join('\n');
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'index.js')) || !existsSync(join(ROOT, 'dist', 'cli', 'cli.js'))) {
    process.stderr.write('bench: no build in dist/; run `npm run build` first (or `npm run bench`, which builds)\n');
    return 1;
  }
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'finsam-bench-'));
  const cleanUp = () => {
    if (!opt.keep) fresh(tmp);
  };
  process.on('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const fixtures = loadFixtures(FIXTURES);
    const [small, large] = plan.memory;
    const needsCorpus = ['throughput', 'batch', 'memory'].some((m) => opt.only.has(m));
    const corpus = { batch: join(tmp, 'corpus', 'batch'), extra: join(tmp, 'corpus', 'extra'), small: join(tmp, 'corpus', 'small'), batchBytes: 0 };
    if (needsCorpus) {
      const t = performance.now();
      corpus.batchBytes = writeCorpus(corpus.batch, plan.batch, fixtures, 1);
      let bytes = corpus.batchBytes;
      if (opt.only.has('memory')) {
        bytes += writeCorpus(corpus.extra, Math.max(0, large - plan.batch), fixtures, 2, plan.batch);
        bytes += writeCorpus(corpus.small, small, fixtures, 3);
      }
      log(`corpus in ${tmp}: ${mb(bytes)} written in ${secs(performance.now() - t)}`);
    }
    if (opt.only.has('throughput')) await throughput(corpus);
    if (opt.only.has('batch')) batch(corpus, tmp);
    if (opt.only.has('scaling')) scaling();
    if (opt.only.has('startup')) startup();
    if (opt.only.has('memory')) memory(corpus, tmp);
    if (opt.only.has('pdf')) await pdf(fixtures, tmp);
  } finally {
    cleanUp();
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const elapsed = (performance.now() - started) / 1000;
  process.stdout.write(
    [
      `finsam ${pkg.version} on Node ${process.version}, ${process.platform}-${process.arch}, ${availableParallelism()} × ${cpu}; ` +
        `${new Date().toISOString().slice(0, 10)}${opt.quick ? ', --quick' : ''}. Each figure is the median of ${plan.runs} runs ` +
        `(startup ${plan.startupRuns}, throughput ${plan.throughputRuns}, scaling ${plan.scalingRuns}); MB = 10⁶ bytes.`,
      '',
      table(),
      '',
      ...details,
      '',
      `(the benchmark took ${fix(elapsed / 60, 1)} min)`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main();
