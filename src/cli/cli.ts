// The command line: argument parsing and exit codes only. Each command lives in
// commands/ and loads the library when it runs, so `finsam --version` stays fast.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { Io } from './io.js';
import { watch, write } from './io.js';
import { FORMATS } from '../emit/emit.js';
import { parseSize } from './numbers.js';
import { DEFAULT_GLOB, DEFAULT_TIMEOUT_SECONDS, ERROR_FORMATS, type ErrorFormat, type RawParseOptions } from './options.js';
import type { RawTextOptions } from './commands/text.js';
import { UsageError } from './usage.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;


function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number of seconds (0 for no limit)');
  return n;
}

function bytes(value: string): number {
  const n = parseSize(value);
  if (n === undefined) throw new InvalidArgumentError('must be a size in bytes, or with k, M or G (powers of 1024): 20000, 512k, 32M');
  return n;
}

/** --error-format json asks for JSON on stderr before the arguments are parsed, so that their own errors are JSON too. */
function errorFormatOf(argv: readonly string[]): ErrorFormat {
  const i = argv.lastIndexOf('--error-format');
  const given = i >= 0 ? argv[i + 1] : argv.findLast((a) => a.startsWith('--error-format='))?.slice('--error-format='.length);
  return given === 'json' ? 'json' : 'text';
}

const TOP_HELP = `
Examples:
  finsam parse protokoll.txt                  one result as JSON on stdout
  finsam parse archive --out json             archive/2023/p1.txt -> json/2023/p1.json
  finsam parse archive | jq -r .source.path   several results: NDJSON, one per line
  finsam parse archive -f csv --out tables    flat tables for spreadsheets and SQL
  pdftotext -layout p.pdf - | finsam parse -
  finsam schema > finsam.schema.json          the output contract as JSON Schema

Run finsam parse --help for every option of parse.

Environment:
  NO_COLOR=1      no colour and no progress bar on stderr (also TERM=dumb, --no-color)
  FORCE_COLOR=1   colour on stderr even when it is not a terminal; FORCE_COLOR=0 none
  FINSAM_DEBUG=1  a stack trace with an internal error

Exit codes: 0 all converted, 1 some input failed, 2 usage error, 130 interrupted (Ctrl-C).`;

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return n;
}

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

const record = (code: string, message: string): string => JSON.stringify({ file: null, code, message, line: null }) + '\n';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // a reader that goes away (`| head -1`) must end the run quietly, not crash it
  watch(io.stdout);
  watch(io.stderr);
  let exitCode: number = EXIT.ok;
  const errorFormat = errorFormatOf(argv);
  const hint = (command: string): string | false => errorFormat === 'text' && `(run ${command} --help for usage)`;
  const program = new Command('finsam')
    .description('Turn Swedish samordningsförbund minutes, notices and notes (text files or PDFs) into validated JSON.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // with --error-format json, commander's own complaints are records like every other
      outputError: (s, out) =>
        out(errorFormat === 'json' ? JSON.stringify({ file: null, code: 'usage', message: s.replace(/^error: /, '').trim(), line: null }) + '\n' : s),
    })
    .showHelpAfterError(hint('finsam'))
    .addHelpText('after', TOP_HELP);

  program
    .command('parse')
    .description('parse text files and PDFs into one ParseResult each')
    .showHelpAfterError(hint('finsam parse'))
    .argument('[inputs...]', 'files, folders (searched recursively), glob patterns in quotes, or - for standard input (the default)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'json (2-space indented; the default for one result), yaml, ndjson (one result per line; the default for several on stdout), or csv (flat tables: --table NAME, or --out DIR for all)',
      ).choices(FORMATS),
    )
    .option('--table <name>', 'with --format csv: the one table to print or write: documents, participants, items, decisions, signatures (votes, reservations when the schema has them)')
    .option('--bom', 'with --format csv: start each table with a byte order mark, so Excel reads it as UTF-8')
    .option('-o, --out <path>', 'a folder: one file per input, mirroring the folders below each input root (each root under its own name when several are given); with one input also a FILE; - is stdout')
    .option('--force', 'overwrite files that already exist')
    .option('--skip-existing', 'leave inputs whose output exists alone (resume a batch)')
    .option('--glob <pattern>', `which files to take from folders, matched in every subfolder (default: "${DEFAULT_GLOB}", any case: also .TXT, .PDF)`)
    .option('-j, --jobs <n>', 'parse on N worker threads (default: the number of CPU cores; at most 2 per core and 1 per file)', positiveInt)
    .option('--timeout <seconds>', `stop parsing a file after this long and report it as timeout (default: ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit; a single input has no limit unless this is given)`, seconds)
    .option('--warnings', "print each converted file's warnings on stderr (file:line: warning: code: message)")
    .option('--strict', 'exit 1 when any converted file has a warning (its warnings are printed)')
    .addOption(new Option('--error-format <format>', 'how problems are written on stderr: text (file: code: message) or json (NDJSON)').choices(ERROR_FORMATS).default('text'))
    .option('--no-color', 'no colour and no progress bar on stderr (also: NO_COLOR=1 or TERM=dumb)')
    .option('--no-progress', 'no progress bar on stderr (it is only shown on a terminal anyway)')
    .option('--no-redact', 'keep personal identity numbers (personnummer) in the output')
    .option('--max-bytes <size>', 'refuse files larger than this: bytes, or k, M, G (default: 32M)', bytes)
    .option('--max-pages <n>', 'refuse PDFs of more than N pages (default: 2000)', positiveInt)
    .option('--pdf-timeout <seconds>', 'stop reading a PDF after this long (default: 60)', positiveSeconds)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  finsam parse protokoll.txt                       one result as JSON on stdout\n' +
        '  finsam parse protokoll.txt -o protokoll.json     the same into a file\n' +
        '  finsam parse archive --out json                  archive/2023/p1.txt -> json/2023/p1.json\n' +
        '  finsam parse archive --out json --skip-existing  resume that batch\n' +
        "  finsam parse 'archive/**/*.txt' | jq -r '.source.path'   several results: NDJSON\n" +
        '  finsam parse archive -f csv --out tables         tables/documents.csv, participants.csv, …\n' +
        '  finsam parse archive -f csv --table decisions    one table on stdout\n' +
        '  finsam parse protokoll.pdf                       a PDF: its own text layer, laid out\n' +
        '  pdftotext -layout p.pdf - | finsam parse -\n\n' +
        'Exit codes: 0 all converted, 1 some input failed (one line each on stderr) or, with\n' +
        '--strict, had a warning, 2 usage error, 130 interrupted (Ctrl-C: a summary of how far it got).',
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
      await write(io.stderr, errorFormat === 'json' ? record('usage', e.message) : `finsam: ${e.message}\n(run finsam parse --help for usage)\n`);
      return EXIT.usage;
    }
    // a bug of finsam's own: say what failed, not where (FINSAM_DEBUG=1 shows the stack)
    const detail = io.env.FINSAM_DEBUG ? ((e as Error).stack ?? String(e)) : e instanceof Error ? e.message : String(e);
    await write(io.stderr, errorFormat === 'json' ? record('internal-error', detail) : `finsam: internal-error: ${detail}\n`);
    return EXIT.failed;
  }
}
