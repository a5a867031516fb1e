// The command line: argument parsing and exit codes only. Each command lives in
// commands/ and loads the library when it runs, so `finsam --version` stays fast.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { Io } from './io.js';
import { write } from './io.js';
import { UsageError } from './usage.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const FORMATS = ['json', 'yaml', 'ndjson'] as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('finsam')
    .description('Turn the text of Swedish samordningsförbund minutes, notices and notes into validated JSON.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showHelpAfterError('(run finsam --help for usage)');

  program
    .command('parse')
    .description('parse text files into one ParseResult each')
    .argument('[inputs...]', 'files to read; - for standard input (the default)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('--no-redact', 'keep personal identity numbers (personnummer) in the output')
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt)
    .action(async (inputs: string[], opts: { format: (typeof FORMATS)[number]; redact: boolean; maxBytes?: number }) => {
      const { parseCommand } = await import('./commands/parse.js');
      exitCode = await parseCommand(inputs, opts, io);
    });

  program
    .command('schema')
    .description('print the output contract as JSON Schema')
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      exitCode = await schemaCommand(io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander exits 1 on its own errors; a mistake in the call is a usage error
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      await write(io.stderr, `finsam: ${e.message}\n`);
      return EXIT.usage;
    }
    await write(io.stderr, `finsam: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.failed;
  }
}
