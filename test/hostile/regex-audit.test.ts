// The lint rules against super-linear regular expressions only see regex literals, and
// most of finsam's patterns are built at run time from the lexicon (`new RegExp(…)`).
// This test records every pattern src/ builds — while its modules load and while it
// parses the fixtures and a few attack inputs — writes them out as literals and runs the
// same eslint-plugin-regexp rules over them.
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';
import { ATTACKS } from './attacks.js';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

interface Recorded {
  source: string;
  flags: string;
  /** Where in src/ it was built: `parse/decisions/decisions.ts:24:17`. */
  origin: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
}

/** The first stack frame below the RegExp call, when it is in src/. */
function originInSrc(stack: string): string | null {
  const frames = stack.split('\n').slice(1);
  // frames[0] is the trap below; the one after it made the call
  const caller = frames.find((f) => !f.includes('regex-audit.test.ts'));
  if (!caller) return null;
  const m = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(caller);
  if (!m) return null;
  const file = m[1]!.replace(/^file:\/\//, '');
  if (!file.startsWith(src + sep)) return null;
  return `${relative(src, file)}:${m[2]}:${m[3]}`;
}

async function recordPatterns(): Promise<{ patterns: Recorded[]; modules: string[]; skipped: string[]; failed: string[] }> {
  const Original = globalThis.RegExp;
  const seen = new Map<string, Recorded | null>();
  const record = (args: unknown[]): void => {
    let re: RegExp;
    try {
      re = Reflect.construct(Original, args) as RegExp;
    } catch {
      return; // an invalid pattern throws for the caller too
    }
    const key = `/${re.source}/${re.flags}`;
    if (seen.has(key)) return; // a stack trace per call would be slow: patterns built in loops
    const origin = originInSrc(new Error().stack ?? '');
    seen.set(key, origin ? { source: re.source, flags: re.flags, origin } : null);
  };
  const trap: RegExpConstructor = new Proxy(Original, {
    construct(target, args: unknown[], newTarget: Function): object {
      record(args);
      return Reflect.construct(target as Function, args, newTarget === trap ? target : newTarget) as object;
    },
    apply(target, thisArg: unknown, args: unknown[]): unknown {
      record(args);
      return Reflect.apply(target as Function, thisArg, args) as unknown;
    },
  });
  const modules: string[] = [];
  const skipped: string[] = [];
  const failed: string[] = [];
  globalThis.RegExp = trap;
  try {
    for (const file of sourceFiles(src)) {
      // worker entry points act on import (they answer their parent port): not loaded
      if (/\bparentPort\b/.test(readFileSync(file, 'utf8'))) {
        skipped.push(relative(src, file));
        continue;
      }
      try {
        await import(pathToFileURL(file).href);
        modules.push(relative(src, file));
      } catch (e) {
        failed.push(`${relative(src, file)}: ${(e as Error).message}`);
      }
    }
    // patterns built inside functions only exist once the functions run
    const { parse } = (await import(pathToFileURL(join(src, 'index.ts')).href)) as typeof import('../../src/index.js');
    const fixtures = join(root, 'fixtures');
    for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.txt'))) parse(readFileSync(join(fixtures, f)));
    // and the smaller attack inputs, for the patterns only odd text reaches
    for (const a of ATTACKS) {
      const bytes = a.bytes();
      if (bytes.length <= 100_000) parse(bytes, a.options);
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return { patterns: [...seen.values()].filter((p): p is Recorded => p !== null), modules, skipped, failed };
}

/** A regex literal for the pattern, or null when the pattern cannot be written as one. */
function literal(p: Recorded): string | null {
  // `source` is already escaped for a literal (`/` as `\/`, line breaks as `\n`)
  const text = `/${p.source}/${p.flags}`;
  try {
    const re = new Function(`return ${text};`)() as unknown;
    if (!(re instanceof RegExp) || re.source !== p.source || re.flags !== p.flags) return null;
    return text;
  } catch {
    return null;
  }
}

describe('regex audit: the patterns src/ builds at run time', () => {
  it('records them, and none is super-linear', { timeout: 120_000 }, async () => {
    expect(globalThis.RegExp.name).toBe('RegExp');
    const { patterns, modules, skipped, failed } = await recordPatterns();
    expect(globalThis.RegExp).toBe(RegExp);
    expect(failed, 'modules of src/ that could not be imported').toEqual([]);
    expect(modules.length).toBeGreaterThan(20);
    if (skipped.length) console.log(`regex audit: not imported (worker entry points): ${skipped.join(', ')}`);

    // the audit must really see the dynamic patterns
    expect(patterns.length, 'patterns recorded').toBeGreaterThan(30);
    expect(patterns.some((p) => p.source.includes('beslutar')), 'the decision pattern built from the lexicon').toBe(true);
    expect(patterns.some((p) => p.origin.startsWith(`split${sep}`)), 'patterns of split/').toBe(true);

    const written: Recorded[] = [];
    const unwritable: string[] = [];
    const lines: string[] = ['// regular expressions that finsam builds at run time, recorded by test/hostile/regex-audit.test.ts'];
    for (const p of patterns) {
      const lit = literal(p);
      if (lit === null) {
        unwritable.push(`${p.origin}: /${p.source}/${p.flags}`);
        continue;
      }
      written.push(p);
      lines.push(`export const p${written.length - 1} = ${lit}; // ${p.origin.replace(/\n/g, ' ')}`);
    }
    if (unwritable.length) console.log(`regex audit: ${unwritable.length} pattern(s) cannot be literals:\n${unwritable.join('\n')}`);
    expect(written.length).toBeGreaterThan(30);

    const dir = mkdtempSync(join(tmpdir(), 'finsam-regex-audit-'));
    try {
      const file = join(dir, 'patterns.js');
      writeFileSync(file, lines.join('\n') + '\n');
      const eslint = new ESLint({
        cwd: dir,
        overrideConfigFile: true,
        overrideConfig: [
          {
            files: ['**/*.js'],
            languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
            plugins: { regexp },
            rules: {
              'regexp/no-super-linear-backtracking': 'error',
              'regexp/no-super-linear-move': 'error',
            },
          },
        ],
      });
      const [report] = await eslint.lintFiles([file]);
      expect(report, 'eslint linted the file').toBeDefined();
      const fatal = report!.messages.filter((m) => m.fatal);
      expect(fatal.map((m) => m.message), 'the written file parses').toEqual([]);
      // one entry per offending pattern: where it is built, the pattern, each rule message
      const byPattern = new Map<number, string[]>();
      for (const m of report!.messages) {
        const at = m.line - 2; // line 1 is the comment
        byPattern.set(at, [...(byPattern.get(at) ?? []), `${m.ruleId}: ${m.message}`]);
      }
      const findings = [...byPattern].map(([at, messages]) => {
        const p = written[at];
        return [`src/${p?.origin ?? '?'}  /${p?.source ?? '?'}/${p?.flags ?? ''}`, ...messages.map((m) => `    ${m}`)].join('\n');
      });
      console.log(`regex audit: ${written.length} run-time patterns linted, ${findings.length} super-linear`);
      if (findings.length) console.log(findings.join('\n'));
      expect(findings, 'super-linear patterns built at run time (where, pattern, rule messages)').toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
