// Generators for the property tests: arbitrary text and bytes, text made of the words
// finsam's patterns look for (so the random inputs reach deep into segment and parse),
// and the fixtures with random edits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const FIXTURE_NAMES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();
/** The raw text of a fixture. */
export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const TOKENS = [
  // document and section titles
  'PROTOKOLL', 'Protokoll', 'Protokoll 6', 'Kallelse', 'Föredragningslista', 'Minnesanteckningar', 'Bilaga 1', 'Bilaga',
  'Informationsärenden', 'Beslutsärenden', 'Övriga frågor', 'Avslutning', 'Mötet avslutas', 'Certification', 'Verifikat',
  // header
  'Plats och tid', 'Plats:', 'Tid:', 'Datum:', 'Sammanträdesdatum', 'Paragrafer', '§§ 1-8', '§§ 1 – 8', 'Omfattning',
  'Tisdagen den', 'den', '26 november 2024', '2024-11-26', '230531', '31 juni 2023', '29 februari 2023', 'kl. 9:00–12:00',
  'kl.', '9', '09.00', '–', '13.15-16', 'Teams', 'via Teams', 'Digitalt', 'medverkar digitalt',
  'Samordningsförbundet', 'Samordningsförbundet Skaraborg', 'FINSAM', 'styrelsen', 'Styrelsemöte', 'arbetsutskottet', 'AU',
  // participants
  'Beslutande', 'Beslutande:', 'Ersättare', 'Tjänstgörande ersättare', 'Närvarande', 'Övriga deltagare', 'Anmält förhinder',
  'Frånvarande', 'Anna Andersson', 'Per-Olof Nilsson', 'Ulla-Karin Cannervik', ', Arbetsförmedlingen', ', Skara kommun',
  ', ordförande', 'ordf.', 'vice ordförande', '(S)', '(M)', '(KD)', 'tjänstgör för', 'ersätter', '§ 1-3', 'tom § 5',
  'fr.o.m. § 3', 'förbundschef', 'Västra Götalandsregionen', 'Försäkringskassan',
  // items
  '§', '§ 1', '§1', '§ 47', '$ 2', '§ 12 a', '1.', '2.', '10.', 'a)', 'b)', 'a.', 'b.', '1', '3', 'Val av justerare',
  'Godkännande av dagordning', '– Beslut', '- information', '(Bilaga 2)', 'Föredragande:', 'föredrar', 'Förslag till beslut',
  'Styrelsen beslutar att', 'Styrelsen beslutar', 'beslutar', 'att', 'godkänns', 'läggs till handlingarna', 'föreslår',
  'AU beslutar att lägga informationen till handlingarna.', 'Beslut', 'Beslutsunderlag', 'Yrkanden',
  // signatures and posting
  'Vid protokollet', 'Sekreterare', 'Ordförande', 'Justerare', 'Justeras', 'Underskrifter', '............', '____________',
  'Justeringsdatum', 'Anslaget uppsatt', 'Anslaget nedtaget', 'Förvaringsplats för protokollet', 'Kansliet',
  'Ordförandes sign/Justerandes sign', 'Sida 1 av 3', '1 (3)', '- 2 -', 'https://example.se/x', 'Signerat', '2024-11-27 10:11:12',
  // privacy
  '720104-7086', '19720104-7086', '720104+7086', '7201047086', 'personnummer 7201047086', '19720104-****', '720164-7089',
  '720104-7087', '070-1234567', '0701234567',
  // markup and debris
  '#', '##', '**', '__', '\\*', '|', '| a | b |', '|---|---|', '<p>', '</p>', '<br>', '&amp;', '&nbsp;', '[länk](#)', '-', '.',
  '_', '…', '•', '*', '(', ')', '/', ':', ',', ';', '"', '”', '’',
  // characters
  'å', 'a\u030a', 'Ä', '\u00a0', '\u00ad', '\u200b', '\ufeff', '\uf0b7', '\u2028', '\u2029', '\u0085', '\v', '\f', '\t', '\r',
  '\r\n', '\n', '\n\n', 'x-', 'ord-',
];

const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '', '\t', '\r\n', '   '];

/** Text made of finsam's own vocabulary, in random order: reaches every stage. */
export const finsamText = (maxTokens = 150): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), fc.constantFrom(...SEPARATORS)), {
      maxLength: maxTokens,
    })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Any string: code points of the whole range, lone surrogates included. */
export const anyText = (maxLength = 2000): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom('§', ' ', '\n', '\r', '\f', '1', 'a', '.', '-', '(', ':', ','), maxLength }),
    // JS strings with unpaired surrogates: code units, not code points
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((us) => String.fromCharCode(...us)),
  );

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

/** Any bytes, sometimes behind a BOM, sometimes UTF-8 text with a few bytes broken. */
export const anyBytes = (maxLength = 2000): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength })).map(([bom, b]) => Uint8Array.from([...bom, ...b])),
    fc.tuple(finsamText(80), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 })).map(([t, breaks]) => {
      const b = new TextEncoder().encode(t);
      for (const [at, v] of breaks) if (b.length) b[at % b.length] = v;
      return b;
    }),
    fc.tuple(fc.constantFrom(...BOMS), finsamText(80)).map(([bom, t]) => {
      const text = bom[0] === 0xff ? Buffer.from(t, 'utf16le') : bom[0] === 0xfe ? Buffer.from(t, 'utf16le').swap16() : Buffer.from(t, 'utf8');
      return Uint8Array.from([...bom, ...text]);
    }),
  );

type Edit = { at: number; op: 'delete' | 'duplicate' | 'insert' | 'replace' | 'join'; text: string };

/** A fixture with a few random line edits: keeps most of the structure, breaks some. */
export const editedFixture = (): fc.Arbitrary<{ name: string; text: string; edits: Edit[] }> =>
  fc
    .record({
      name: fc.constantFrom(...FIXTURE_NAMES),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          op: fc.constantFrom('delete', 'duplicate', 'insert', 'replace', 'join') as fc.Arbitrary<Edit['op']>,
          text: finsamText(6),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    })
    .map(({ name, edits }) => {
      const lines = fixtureText(name).split('\n');
      for (const e of edits) {
        const i = e.at % lines.length;
        if (e.op === 'delete') lines.splice(i, 1);
        else if (e.op === 'duplicate') lines.splice(i, 0, lines[i]!);
        else if (e.op === 'insert') lines.splice(i, 0, e.text);
        else if (e.op === 'replace') lines[i] = e.text;
        else if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]} ${lines[i + 1]}`);
        if (lines.length === 0) lines.push('');
      }
      return { name, text: lines.join('\n'), edits };
    });
