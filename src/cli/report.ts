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
  skipped: number;
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
}

export class Report {
  readonly counts: Counts = { converted: 0, failed: 0, skipped: 0 };
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

  converted(): void {
    this.counts.converted++;
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

  /** `1,203 converted, 2 failed, 0 skipped in 4.1 s`, or one JSON object with --error-format json. */
  async summary(): Promise<void> {
    this.stop();
    const { converted, failed, skipped } = this.counts;
    const elapsed = (performance.now() - this.started) / 1000;
    if (this.options.errorFormat === 'json') {
      await write(this.io.stderr, JSON.stringify({ converted, failed, skipped, seconds: Math.round(elapsed * 10) / 10 }) + '\n');
      return;
    }
    const c = this.chalk;
    const text =
      `${c.green(count(converted))} converted, ` +
      `${(failed ? c.red : String)(count(failed))} failed, ` +
      `${(skipped ? c.yellow : String)(count(skipped))} skipped in ${tenths(elapsed)} s`;
    await write(this.io.stderr, text + '\n');
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
