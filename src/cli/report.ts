// Everything `finsam parse` says on stderr: one line per input that was not converted
// (`file: code: message`, or NDJSON with --error-format json), the closing summary, and
// the progress bar on a terminal. stdout carries results only.
import { Chalk, type ChalkInstance } from 'chalk';
import cliProgress from 'cli-progress';
import type { Io } from './io.js';
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

const count = new Intl.NumberFormat('en-US');
const seconds = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export class Report {
  readonly counts: Counts = { converted: 0, failed: 0, skipped: 0 };
  private readonly chalk: ChalkInstance;
  private readonly started = performance.now();
  private bars: cliProgress.MultiBar | undefined;
  private bar: cliProgress.SingleBar | undefined;

  constructor(
    private readonly io: Io,
    private readonly options: { errorFormat: ErrorFormat; colour: boolean; progress: boolean; total: number },
  ) {
    // chalk's own detection ignores NO_COLOR, so finsam decides and tells it
    this.chalk = new Chalk({ level: options.colour ? 1 : 0 });
    if (options.progress && options.total > 1) this.startProgress();
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
      `${c.green(count.format(converted))} converted, ` +
      `${(failed ? c.red : String)(count.format(failed))} failed, ` +
      `${(skipped ? c.yellow : String)(count.format(skipped))} skipped in ${seconds.format(elapsed)} s`;
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

  private startProgress(): void {
    this.bars = new cliProgress.MultiBar({
      stream: this.io.stderr,
      format: '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? count.format(v) : String(v)),
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
    this.bar.update(done, { rate: elapsed > 0 ? seconds.format(done / elapsed) : '0' });
  }
}
