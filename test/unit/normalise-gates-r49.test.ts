// The running heads' cheap first tests must answer as the patterns they stand before: mayBeItem as MAY_BE_ITEM
// (a heading missed would be masked as a running header's number), and mayOpenWithKind never false where a kind's
// name opens the line (a page that opens a document would lose its heading). Every text is invented.
import { describe, expect, it } from 'vitest';
import { KIND_TITLES } from '../../src/lexicon/sv.js';
import { MAY_BE_ITEM, mayBeItem, mayOpenWithKind, printOf } from '../../src/normalise/page-keys.js';
import { restoreOrganCodeHeads } from '../../src/normalise/organ-code-heads.js';
import { alternation } from '../../src/text/patterns.js';
import { ANY_LETTER } from '../../src/text/letters.js';

const KIND_START = new RegExp(`^(?:${alternation(Object.values(KIND_TITLES).flat())})(?![${ANY_LETTER}])`, 'iu');

const lines = [
  '', '§ 4 Budget', 'KS § 12 Val', 'KSAU § 3', 'Ks 42 Dnr 2024/301', 'ABCDEFGH 1234 § Title', 'ABCDEFGHI 1234 § Title',
  '12. Mötets öppnande', 'IV. Ekonomi', 'iv) ekonomi', 'Punkt 3 Val', 'PUNKT 3', 'pun\u212at 3', 'Ärende 5 Budget', 'ärende 5', 'ÄRENDE 5',
  'Budget 2025      § 16', '$ 7 Anmälan', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-05-02', 'Protokoll fört vid sammanträde',
  'Xylofon', 'Vid protokollet', 'Inledning', '  § 9', '\t12 Val',
];

describe('the running heads’ first tests', () => {
  it('mayBeItem answers as MAY_BE_ITEM', () => {
    for (const t of lines) expect(mayBeItem(t), JSON.stringify(t)).toBe(MAY_BE_ITEM.test(t));
  });

  it('mayOpenWithKind passes every line a kind’s name opens, in any case', () => {
    for (const w of Object.values(KIND_TITLES).flat()) {
      for (const t of [w, w.toUpperCase(), `${w} 2024-05-02`, w.replace(/s/g, 'ſ')]) if (KIND_START.test(t)) expect(mayOpenWithKind(t), t).toBe(true);
    }
    expect(mayOpenWithKind('Budget 2025')).toBe(false);
  });
});

describe('the organ-code heads’ first test', () => {
  it('finds a head on any line, its comma within reach of the line’s start', () => {
    const text = ['Protokoll', 'Ekby, Ostby 2015', '2 41, NSTYR 14.04.2015 18:00 Sida 2 SAMMANTRÄDETS LAGLIGHET', ''].join('\n');
    expect(restoreOrganCodeHeads(text)).toContain('2 § 41 SAMMANTRÄDETS LAGLIGHET');
    const far = ['Protokoll', '12 § -1234, NSTYR :00 Sida 1 Kallelse', ''].join('\n');
    expect(restoreOrganCodeHeads(far)).toBe(['Protokoll', '12 Kallelse', ''].join('\n'));
  });

  it('leaves a text whose number and code stand mid-line, or too far from its start', () => {
    for (const text of ['Se protokoll 2 41, NSTYR :00 Sida 2', 'Ärende 12345 41, NSTYR :00 Sida 2', 'Kommunen 12, KS beslutade']) {
      expect(restoreOrganCodeHeads(text)).toBe(text);
    }
  });
});

describe('a line’s print', () => {
  it('keeps the lower case of every cased character, Latin-1 ones by their table as the others by their cases', () => {
    for (let code = 0x80; code <= 0x17f; code++) {
      const c = String.fromCharCode(code);
      const cased = c !== c.toUpperCase() || c !== c.toLowerCase();
      expect(printOf(`a${c}`), `U+${code.toString(16)}`).toBe(cased ? `a${c.toLowerCase()}` : 'a');
    }
    expect(printOf('ÅRSMÖTE 2024 × Öby')).toBe('årsmöt');
  });
});
