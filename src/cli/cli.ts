// The command line: argument parsing and exit codes only. Each command lives in
// commands/ and loads the library when it runs, so `finsam --version` stays fast.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { Io } from './io.js';
import { watch, write } from './io.js';
import { FORMATS } from '../emit/emit.js';
import { DEFAULT_GLOB, ERROR_FORMATS, type RawParseOptions } from './options.js';
import type { RawTextOptions } from './commands/text.js';
import { UsageError } from './usage.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;


function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return n;
}

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // a reader that goes away (`| head -1`) must end the run quietly, not crash it
  watch(io.stdout);
  watch(io.stderr);
  let exitCode: number = EXIT.ok;
  const program = new Command('finsam')
    .description('Turn Swedish samordningsförbund minutes, notices and notes (text files or PDFs) into validated JSON.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showHelpAfterError('(run finsam --help for usage)');

  program
    .command('parse')
    .description('parse text files and PDFs into one ParseResult each')
    .argument('[inputs...]', 'files, folders (searched recursively), glob patterns in quotes, or - for standard input (the default)')
    .addOption(new Option('-f, --format <format>', 'json (2-space indented), yaml, or ndjson (one result per line)').choices(FORMATS).default('json'))
    .option('-o, --out <dir>', 'write one file per input into DIR, mirroring the folders below each input root')
    .option('--force', 'overwrite files that already exist in the --out folder')
    .option('--glob <pattern>', `which files to take from folders, matched in every subfolder (default: "${DEFAULT_GLOB}")`)
    .option('-j, --jobs <n>', 'parse on N worker threads; 1 parses in the main thread (default: the number of CPU cores)', positiveInt)
    .addOption(new Option('--error-format <format>', 'how problems are written on stderr: text (file: code: message) or json (NDJSON)').choices(ERROR_FORMATS).default('text'))
    .option('--no-color', 'no colour and no progress bar on stderr (also: NO_COLOR=1 or TERM=dumb)')
    .option('--no-progress', 'no progress bar on stderr (it is only shown on a terminal anyway)')
    .option('--no-redact', 'keep personal identity numbers (personnummer) in the output')
    .option('--max-bytes <n>', 'refuse files larger than N bytes (default: 32 MiB)', positiveInt)
    .option('--max-pages <n>', 'refuse PDFs of more than N pages (default: 2000)', positiveInt)
    .option('--pdf-timeout <seconds>', 'stop reading a PDF after this long (default: 60)', positiveSeconds)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  finsam parse protokoll.txt                       one result as JSON on stdout\n' +
        '  finsam parse archive --out json                  archive/2023/p1.txt -> json/2023/p1.json\n' +
        "  finsam parse 'archive/**/*.txt' -f ndjson | jq -r '.source.path'\n" +
        '  finsam parse protokoll.pdf                       a PDF: its own text layer, laid out\n' +
        '  pdftotext -layout p.pdf - | finsam parse -\n\n' +
        'Exit codes: 0 all converted, 1 some input failed (one line each on stderr), 2 usage error.',
    )
    .action(async (inputs: string[], opts: RawParseOptions) => {
      const { parseCommand } = await import('./commands/parse.js');
      exitCode = await parseCommand(inputs, opts, io);
    });

  program
    .command('text')
    .description('print the text finsam reads from a file: for a PDF the text it builds (the text `lines` numbers refer to), for a text file the decoded text')
    .argument('[input]', 'a file, or - for standard input (the default)')
    .option('--no-redact', 'keep personal identity numbers (personnummer) in the output')
    .option('--max-bytes <n>', 'refuse files larger than N bytes (default: 32 MiB)', positiveInt)
    .option('--max-pages <n>', 'refuse PDFs of more than N pages (default: 2000)', positiveInt)
    .option('--pdf-timeout <seconds>', 'stop reading a PDF after this long (default: 60)', positiveSeconds)
    .action(async (input: string | undefined, opts: RawTextOptions) => {
      const { textCommand } = await import('./commands/text.js');
      exitCode = await textCommand(input ?? '-', opts, io);
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
    // a bug of finsam's own: say what failed, not where (FINSAM_DEBUG=1 shows the stack)
    const detail = io.env.FINSAM_DEBUG ? ((e as Error).stack ?? String(e)) : e instanceof Error ? e.message : String(e);
    await write(io.stderr, `finsam: internal-error: ${detail}\n`);
    return EXIT.failed;
  }
}
