// No output of finsam republishes a personal identity number. Every string of every
// result (fixtures, attack inputs, a document that hides numbers in every field) is
// scanned for 10- and 12-digit candidates — with `-`, `+` or no separator — and each is
// checked with the `personnummer` package (date and check digit, coordination numbers
// too). The scanner is written here, independently of src/redact, so it can disagree.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import { parse, REDACTED, type ParseResult } from '../../src/index.js';
import { run } from '../support/io.js';
import { ATTACKS, SKARABORG, fixture } from './attacks.js';

interface Validator {
  valid(pin: string, options?: { allowCoordinationNumber?: boolean; allowInterimNumber?: boolean }): boolean;
}
// the package's types declare an ES default export; at run time its CommonJS export is the class itself
const Personnummer = ((personnummer as unknown as { default?: Validator }).default ?? personnummer) as unknown as Validator;
const isPersonnummer = (s: string): boolean => Personnummer.valid(s, { allowCoordinationNumber: true, allowInterimNumber: false });

// 10 or 12 digits, with `-`, `+` or nothing between date and number, not inside a longer number
const CANDIDATE = /(?<![\d])(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)/g;
// masked ones as e-signing certificates print them: `19720104-****`
const MASKED = /(?<![\d])(?:19|20)?\d{6}[-+]?\*{4}(?![*\d])/g;

/** Every string in a result, with its JSON path; the sha256 is hex, not text. */
function strings(value: unknown, path = '$'): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (path === '$.source' && k === 'sha256' ? [] : strings(v, `${path}.${k}`)));
  }
  return [];
}

/** Valid personnummer (and masked ones with a real birth date) anywhere in a result. */
function leaks(result: ParseResult): string[] {
  const out: string[] = [];
  for (const { path, text } of strings(result)) {
    for (const m of text.matchAll(CANDIDATE)) if (isPersonnummer(m[0])) out.push(`${path}: ${m[0]}`);
    for (const m of text.matchAll(MASKED)) out.push(`${path}: ${m[0]}`);
  }
  return out;
}

const redactionCount = (r: ParseResult): number | null => {
  const w = r.warnings.find((x) => x.code === 'personnummer-redacted');
  if (!w) return null;
  const n = /\d+/.exec(w.message);
  return n ? Number(n[0]) : NaN;
};
/** `[personnummer]` in the output, not counting the warning that counts them. */
const placeholders = (r: ParseResult): number =>
  strings({ ...r, warnings: r.warnings.filter((w) => w.code !== 'personnummer-redacted') }).reduce(
    (n, { text }) => n + text.split(REDACTED).length - 1,
    0,
  );

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const FIXTURE_FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

describe('privacy: the scanner itself', () => {
  it('knows a personnummer when it sees one, and a phone number when it does not', () => {
    const found = (s: string): string[] => [...s.matchAll(CANDIDATE)].map((m) => m[0]).filter(isPersonnummer);
    expect(found('720104-7086 19720104-7086 720104+7086 7201047086 197201047086 701063-2391')).toEqual([
      '720104-7086', '19720104-7086', '720104+7086', '7201047086', '197201047086', '701063-2391',
    ]);
    expect(found('720104-7087 070-1234567 0701234567 2024-11-26 559279-9224 17201047086')).toEqual([]);
  });
});

describe('privacy: no output republishes a personnummer', () => {
  for (const name of FIXTURE_FILES) {
    it(`fixtures/${name}`, () => {
      const result = parse(readFileSync(join(FIXTURES, name)), { path: `fixtures/${name}` });
      expect(leaks(result)).toEqual([]);
      // the count in the warning is the number of replacements in the output
      const count = redactionCount(result);
      if (count !== null) expect(count).toBe(placeholders(result));
      else expect(placeholders(result)).toBe(0);
    });
  }

  it('fixture 002: its personnummer is replaced, and the replacements are counted', () => {
    const result = parse(fixture(SKARABORG));
    expect(leaks(result)).toEqual([]);
    const json = JSON.stringify(result);
    expect(json).not.toContain('720104-7086');
    expect(json).not.toContain('19720104-****');
    expect(json).toContain(REDACTED);
    expect(redactionCount(result)).toBeGreaterThanOrEqual(2);
    expect(redactionCount(result)).toBe(placeholders(result));
  });

  it('fixture 002 with redact: false keeps 720104-7086 (and says nothing about redaction)', () => {
    const result = parse(fixture(SKARABORG), { redact: false });
    const texts = strings(result).map((s) => s.text);
    expect(texts.some((t) => t.includes('720104-7086'))).toBe(true);
    expect(leaks(result).length).toBeGreaterThanOrEqual(1);
    expect(result.warnings.map((w) => w.code)).not.toContain('personnummer-redacted');
    expect(JSON.stringify(result)).not.toContain(REDACTED);
  });

  for (const attack of ATTACKS) {
    it(`attack: ${attack.name}`, () => {
      const result = parse(attack.bytes(), { ...attack.options, redact: true });
      expect(leaks(result)).toEqual([]);
    });
  }
});

// A protokoll with a personnummer in every place a field can come from.
const PLANTED = [
  'Protokoll 720104-7086',
  '',
  'Styrelsemöte Samordningsförbundet Skaraborg',
  'Datum: 26 november 2024, kl. 9:00–12:00',
  'Plats: Rum 19720104-7086, Skövde',
  '',
  'Beslutande',
  '',
  'Anna Andersson 720104-7086, Skara kommun, ordförande',
  'Bengt Berg, Hjo kommun (720104+7086)',
  'Cecilia Ceder, 701063-2391, Tibro kommun',
  '',
  'Ersättare',
  '',
  'David Dahl 197201047086, Vara kommun',
  '',
  '§ 1 Ansökan från 720104-7086',
  '',
  'Ärendet gäller personnummer 7201047086 och samordningsnummer 7010632391.',
  'Kontakt: 070-1234567 eller 0701234567. Felskrivet nummer: 720104-7087.',
  'Org.nr 559279-9224.',
  '',
  'Styrelsen beslutar att bevilja ansökan från 720104-7086.',
  '',
  '§ 2 Övrigt 19720104-****',
  '',
  'Anna Andersson lämnar mötet.',
  '',
  'Vid protokollet',
  '',
  'Eva Ek 720104-7086',
  '',
  'Justeras',
  '',
  'Anna Andersson 720104-7086',
].join('\n');

describe('privacy: a personnummer in every field', () => {
  const result = parse(PLANTED);
  const unredacted = parse(PLANTED, { redact: false });

  it('the planted document parses into several fields', () => {
    expect(result.documents.length).toBeGreaterThan(0);
    const doc = result.documents[0]!;
    expect(doc.items.length).toBeGreaterThanOrEqual(2);
    expect(doc.participants.length).toBeGreaterThanOrEqual(3);
  });

  it('no valid personnummer or masked one survives, whatever field it landed in', () => {
    expect(leaks(result)).toEqual([]);
  });

  it('a bare 10-digit personnummer without a label is replaced too', () => {
    const r = parse(PLANTED.replace('Anna Andersson lämnar mötet.', 'Anna Andersson 7201047086 lämnar mötet.'));
    expect(strings(r).map((s) => s.text).join('\n')).not.toContain('Andersson 7201047086');
    expect(leaks(r)).toEqual([]);
  });

  it('invalid check digits, phone numbers and organisation numbers are left alone', () => {
    const texts = strings(result).map((s) => s.text).join('\n');
    expect(texts).toContain('720104-7087');
    expect(texts).toContain('070-1234567');
    expect(texts).toContain('0701234567');
    expect(texts).toContain('559279-9224');
  });

  it('counts every replacement, and redact: false keeps them all', () => {
    expect(redactionCount(result)).toBe(placeholders(result));
    expect(redactionCount(result)).toBeGreaterThanOrEqual(10);
    expect(leaks(unredacted).length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(unredacted)).not.toContain(REDACTED);
  });

  it('the path given for the source is not a way out', () => {
    const r = parse(PLANTED, { path: 'arkiv/720104-7086-protokoll.txt' });
    expect(leaks(r)).toEqual([]);
  });

  it('a personnummer in a warning message is replaced', () => {
    // `invalid-date` quotes the text it could not read
    const r = parse('Protokoll\nDatum: 31 juni 2023 720104-7086\n\n§ 1 Ärende\nText.\n');
    expect(leaks(r)).toEqual([]);
  });

  it('the command line redacts by default and keeps them with --no-redact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finsam-privacy-'));
    try {
      const file = join(dir, 'planted.txt');
      writeFileSync(file, PLANTED);
      const redacted = await run(['parse', file]);
      expect(redacted.code, redacted.stderr).toBe(0);
      expect(leaks(JSON.parse(redacted.stdout) as ParseResult)).toEqual([]);
      expect(redacted.stderr).not.toContain('720104-7086');
      const kept = await run(['parse', '--no-redact', file]);
      expect(kept.code, kept.stderr).toBe(0);
      expect(kept.stdout).toContain('720104-7086');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
