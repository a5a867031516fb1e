// In-process CLI runs: main() with injected streams, as a user's shell would call it.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/cli.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends PassThrough {
  text = '';
  isTTY: boolean;
  constructor(tty = false) {
    super();
    this.isTTY = tty;
    this.on('data', (c: Buffer) => (this.text += c.toString('utf8')));
  }
}

export async function run(
  argv: string[],
  options: { stdin?: string | Uint8Array; env?: Record<string, string>; cwd?: string; tty?: boolean } = {},
): Promise<Run> {
  const stdout = new Capture();
  const stderr = new Capture(options.tty ?? false);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main(argv, { stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
