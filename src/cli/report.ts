// Everything `finsam parse` says on stderr: one line per input that was not converted
// (`file: code: message`, or NDJSON with --error-format json), the closing summary, and
// the progress bar on a terminal. stdout carries results only. chalk and cli-progress
// are loaded only for a terminal that gets colour or a progress bar.
import type cliProgress from 'cli-progress';
import type { Io } from './io.js';
import { count, tenths } from './numbers.js';
import { write } from './io.js';
import type { ErrorFormat } from './options.js';

export interface Problem {
  path: string;
  code: string;
  message: string;
  line: number | null;
}

export interface Counts {
  converted: number;
  failed: number;
  /** Not converted and not failed: links, special files, and (below) outputs that exist. */
  skipped: number;
  /** Skipped because the output exists (--skip-existing). */
  existing: number;
  /** Converted, with at least one warning that says the result may be poor. */
  warned: number;
}

/** A warning that tells what finsam did, not that the result may be poor: never counted, never strict. */
const INFORMATIONAL = new Set(['personnummer-redacted']);

export interface Warned {
  code: string;
  message: string;
  line: number | null;
}


type Paint = (s: string) => string;
interface Painter {
  red: Paint;
  yellow: Paint;
  green: Paint;
  bold: Paint;
}
const plain: Paint = (s) => s;
const PLAIN: Painter = { red: plain, yellow: plain, green: plain, bold: plain };

export interface ReportOptions {
  errorFormat: ErrorFormat;
  colour: boolean;
  progress: boolean;
  total: number;
  /** Print each warning of a converted file (--warnings). */
  warnings: boolean;
}

/**
 * A problem with the run itself, not with one input (a usage error, an --out folder that
 * cannot be made, workers that cannot start): `finsam: message`, or with --error-format
 * json a record of the same shape as a file's, with `file: null`.
 */
export async function runError(io: Io, errorFormat: ErrorFormat, code: string, message: string): Promise<void> {
  await write(io.stderr, errorFormat === 'json' ? JSON.stringify({ file: null, code, message, line: null }) + '\n' : `finsam: ${message}\n`);
}

export class Report {
  readonly counts: Counts = { converted: 0, failed: 0, skipped: 0, existing: 0, warned: 0 };
  /** How many converted files had each warning code. */
  private readonly codes = new Map<string, number>();
  private readonly started = performance.now();
  private bars: cliProgress.MultiBar | undefined;
  private bar: cliProgress.SingleBar | undefined;

  private constructor(
    private readonly io: Io,
    private readonly options: ReportOptions,
    private readonly chalk: Painter,
    progress: typeof cliProgress | undefined,
  ) {
    if (progress) this.startProgress(progress);
  }

  static async open(io: Io, options: ReportOptions): Promise<Report> {
    // chalk's own detection ignores NO_COLOR, so finsam decides and tells it
    const chalk = options.colour ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
    const progress = options.progress && options.total > 1 ? (await import('cli-progress')).default : undefined;
    return new Report(io, options, chalk, progress);
  }

  async converted(path: string, warnings: readonly Warned[] = []): Promise<void> {
    this.counts.converted++;
    const poor = warnings.filter((w) => !INFORMATIONAL.has(w.code));
    if (poor.length > 0) {
      this.counts.warned++;
      for (const code of new Set(poor.map((w) => w.code))) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
      if (this.options.warnings) for (const w of poor) await this.warning(path, w);
    }
    this.advance();
  }

  /** An output that exists already, with --skip-existing: counted, not listed. */
  existing(): void {
    this.counts.skipped++;
    this.counts.existing++;
    this.advance();
  }

  async failed(problem: Problem): Promise<void> {
    this.counts.failed++;
    await this.line(problem, this.chalk.red);
    this.advance();
  }

  async skipped(problem: Problem): Promise<void> {
    this.counts.skipped++;
    await this.line(problem, this.chalk.yellow);
    this.advance();
  }

  /** How many files had each warning code, most first (then by code). */
  private warningCodes(): [string, number][] {
    return [...this.codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }

  /**
   * What needs a second look (outputs kept, files with warnings by code), then the counts:
   * `1,203 converted, 2 failed, 0 skipped in 4.1 s`, which after Ctrl-C start `interrupted
   * after X of Y files:`. One JSON object with --error-format json.
   */
  async summary(interrupted = false): Promise<void> {
    this.stop();
    const { converted, failed, skipped, existing, warned } = this.counts;
    const done = converted + failed + skipped;
    const elapsed = (performance.now() - this.started) / 1000;
    const codes = this.warningCodes();
    if (this.options.errorFormat === 'json') {
      const record = {
        converted, failed, skipped, existing, warned,
        warnings: Object.fromEntries(codes),
        seconds: Math.round(elapsed * 10) / 10,
        ...(interrupted ? { interrupted: { after: done, of: this.options.total } } : {}),
      };
      await write(this.io.stderr, JSON.stringify(record) + '\n');
      return;
    }
    const c = this.chalk;
    // what needs a second look first, the counts last
    const lines: string[] = [];
    if (existing) lines.push(`${count(existing)} skipped because the output exists (--skip-existing)`);
    if (warned) {
      const list = codes.map(([code, n]) => `${code} ${count(n)}`).join(', ');
      lines.push(`${c.yellow(count(warned))} with warnings: ${list}` + (this.options.warnings ? '' : ' (--warnings lists them)'));
    }
    lines.push(
      (interrupted ? `${c.yellow('interrupted')} after ${count(done)} of ${count(this.options.total)} files: ` : '') +
        `${c.green(count(converted))} converted, ` +
        `${(failed ? c.red : String)(count(failed))} failed, ` +
        `${(skipped ? c.yellow : String)(count(skipped))} skipped in ${tenths(elapsed)} s`,
    );
    await write(this.io.stderr, lines.join('\n') + '\n');
  }

  /** Takes the progress bar down; safe to call more than once. */
  stop(): void {
    if (!this.bars) return;
    this.bars.update(); // prints lines still waiting in its log buffer
    this.bars.stop();
    this.bars = undefined;
    this.bar = undefined;
  }

  private async line(p: Problem, paint: (s: string) => string): Promise<void> {
    const text =
      this.options.errorFormat === 'json'
        ? JSON.stringify({ file: p.path, code: p.code, message: p.message, line: p.line })
        : `${this.chalk.bold(p.path)}: ${paint(p.code)}: ${p.message}`;
    await this.print(text);
  }

  /** `archive/a.txt:12: warning: paragraph-gap: …`, as compilers write them. */
  private async warning(path: string, w: Warned): Promise<void> {
    const text =
      this.options.errorFormat === 'json'
        ? JSON.stringify({ file: path, level: 'warning', code: w.code, message: w.message, line: w.line })
        : `${this.chalk.bold(path)}${w.line === null ? '' : `:${w.line}`}: warning: ${this.chalk.yellow(w.code)}: ${w.message}`;
    await this.print(text);
  }

  private async print(text: string): Promise<void> {
    if (this.bars) {
      // the bar owns the last line of the terminal: it prints the line above itself
      this.bars.log(text + '\n');
      this.bars.update();
    } else {
      await write(this.io.stderr, text + '\n');
    }
  }

  private startProgress(cliProgress: typeof import('cli-progress')): void {
    this.bars = new cliProgress.MultiBar({
      stream: this.io.stderr,
      format: '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? count(v) : String(v)),
      barsize: 30,
      clearOnComplete: true,
      hideCursor: false,
      // false would switch the terminal's line wrapping off, and a killed run would leave it off
      linewrap: true,
      gracefulExit: false,
      etaBuffer: 50,
    });
    this.bar = this.bars.create(this.options.total, 0, { rate: '0' });
  }

  private advance(): void {
    if (!this.bar) return;
    const done = this.counts.converted + this.counts.failed + this.counts.skipped;
    const elapsed = (performance.now() - this.started) / 1000;
    this.bar.update(done, { rate: elapsed > 0 ? tenths(done / elapsed) : '0' });
  }
}
