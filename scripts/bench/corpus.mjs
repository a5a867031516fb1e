// The benchmark corpus: variants of the fixtures, generated fresh on every run. A variant
// keeps a fixture's layout but changes what varies between real meetings: the people
// (every name from the fixture's expected JSON, consistently within a document), the
// dates (all shifted by the same number of days, weekdays recomputed), the § numbers
// (shifted by one offset, so ranges stay consistent) and the amounts. Some files hold
// several documents concatenated, as archives do. Seeded, so every run sees the same corpus.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): the same corpus on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const SURNAMES = ['Andersson', 'Berg', 'Dahlström', 'Ekström', 'Forsberg', 'Gustafsson', 'Holm', 'Isaksson', 'Jansson', 'Karlsson', 'Lindqvist', 'Magnusson', 'Nyberg', 'Olofsson', 'Persson', 'Qvist', 'Rydberg', 'Sjöberg', 'Törnqvist', 'Wallin', 'Åberg', 'Öberg', 'Lund-Hagström'];
const FIRST = ['Anna', 'Bengt', 'Carina', 'David', 'Elin', 'Fredrik', 'Gunilla', 'Hassan', 'Ingrid', 'Johan', 'Karin', 'Lars-Erik', 'Maria', 'Nils', 'Olivia', 'Per', 'Rebecka', 'Stefan', 'Tove', 'Ulf', 'Viktoria', 'Åsa', 'Örjan'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const like = (model, word) => (model.charAt(0) === model.charAt(0).toUpperCase() ? capitalise(word) : word);

/** Every person named in a fixture's expected result. */
function namesOf(expected) {
  const names = new Set();
  const add = (v) => {
    if (typeof v === 'string') names.add(v);
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object' && typeof v.name === 'string') names.add(v.name);
  };
  for (const d of expected.documents ?? []) {
    for (const p of d.participants ?? []) add(p.name);
    const s = d.signatures ?? {};
    for (const k of ['chair', 'secretary', 'adjusters', 'eSignatures']) add(s[k]);
  }
  return [...names].filter((n) => /\p{L}{2,}\s+\p{L}{2,}/u.test(n));
}

/** The fixtures as `{ name, text, names }`, smallest first. */
export function loadFixtures(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      let names = [];
      try {
        names = namesOf(JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8')));
      } catch {
        // a fixture without its expected JSON keeps its names
      }
      const matcher = names.length ? new RegExp(`(?<!\\p{L})(?:${names.sort((a, b) => b.length - a.length).map(escape).join('|')})(?!\\p{L})`, 'gu') : null;
      return { name: f.replace(/\.txt$/, ''), text, bytes: Buffer.byteLength(text), names: matcher };
    })
    .sort((a, b) => a.bytes - b.bytes);
}

const DATE = new RegExp(
  `(?:(${WEEKDAYS.join('|')})((?:en)?\\s+(?:den\\s+)?))?\\b(\\d{1,2})(\\s+)(${MONTHS.join('|')})\\b(?:(\\s+)(\\d{4}))?` +
    `|\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b|(?<=datum:?\\s*)(\\d\\d)(\\d\\d)(\\d\\d)\\b`,
  'giu',
);
const SECTION = /(§§?|\$\$?)(\s*)(\d{1,3})(?:(\s*[-–]\s*)(\d{1,3}))?(?!\d)/g;
const AMOUNT = /\b\d{1,3}(?:[ \u00a0]\d{3})+(?=\s*(?:kr|kronor|tkr|mkr|SEK|:-))/g;

/** One variant of a fixture: other people, dates, § numbers and amounts. */
export function vary(fixture, rng) {
  let text = fixture.text;
  if (fixture.names) {
    const people = new Map();
    text = text.replace(fixture.names, (n) => {
      if (!people.has(n)) people.set(n, `${rng.pick(FIRST)} ${rng.pick(SURNAMES)}`);
      return people.get(n);
    });
  }
  const year = Number(/\b(?:19|20)\d\d\b/.exec(text)?.[0] ?? 2022);
  const shift = rng.int(-1500, 1500) * 86400000;
  const day = (d) => new Date(d.getTime() + shift);
  text = text.replace(DATE, (m, wd, sp1, dd, sp2, month, sp3, yyyy, iy, im, id, sy, sm, sd) => {
    if (sy) {
      const d = day(new Date(Date.UTC(2000 + +sy, +sm - 1, +sd)));
      return Number.isNaN(d.getTime()) ? m : d.toISOString().slice(2, 10).replaceAll('-', '');
    }
    if (iy) {
      const d = day(new Date(Date.UTC(+iy, +im - 1, +id)));
      return Number.isNaN(d.getTime()) ? m : d.toISOString().slice(0, 10);
    }
    const d = day(new Date(Date.UTC(yyyy ? +yyyy : year, MONTHS.indexOf(month.toLowerCase()), +dd)));
    if (Number.isNaN(d.getTime())) return m;
    const head = wd ? `${like(wd, WEEKDAYS[d.getUTCDay()])}${sp1}` : '';
    const tail = yyyy ? `${sp3}${d.getUTCFullYear()}` : '';
    return `${head}${d.getUTCDate()}${sp2}${like(month, MONTHS[d.getUTCMonth()])}${tail}`;
  });
  const offset = rng.int(0, 120);
  text = text.replace(SECTION, (m, sign, sp, a, dash, b) => `${sign}${sp}${+a + offset}${dash ? `${dash}${+b + offset}` : ''}`);
  text = text.replace(AMOUNT, (m) => {
    const digits = m.replace(/\D/g, '').length;
    const n = String(rng.int(10 ** (digits - 1), 10 ** digits - 1));
    return n.replace(/\B(?=(\d{3})+$)/g, ' ');
  });
  return text;
}

/** A file's text: mostly one variant, some files several documents concatenated. */
export function document(fixtures, rng) {
  const parts = rng() < 0.15 ? rng.int(2, 3) : 1;
  return Array.from({ length: parts }, () => vary(rng.pick(fixtures), rng)).join('\n\n');
}

/**
 * `count` files under `dir`, spread over ten subfolders (so --out has folders to mirror),
 * numbered from `first` (so two corpora can be converted into one --out folder).
 * Returns the total size in bytes.
 */
export function writeCorpus(dir, count, fixtures, seed, first = 0) {
  const rng = random(seed);
  let bytes = 0;
  for (let i = 0; i < 10; i++) mkdirSync(join(dir, `org-${i}`), { recursive: true });
  for (let i = first; i < first + count; i++) {
    const text = document(fixtures, rng);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `org-${i % 10}`, `${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}
