// Kind titles of several words in capitals (`JUSTERAT PROTOKOLL`, `LISTA ÖVER ÄRENDEN`) open a page run on in one
// line as the one-word titles do: the capitals' pattern is made from the words in capitals, not from the pattern's
// text in capitals (which read `\s` as `\S`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { runOnTitle } from '../../src/split/titles.js';
import { lineOf } from './helpers.js';

// (the line as the detector meets it, uncut: the recogniser alone is asked)
const page = (title: string) => {
  const text = `${title} Kommunstyrelsen Sammanträdesdatum 2022-06-01 Plats och tid Rådhuset kl 13.00-15.00 Beslutande Lars Ek (S), ordförande`;
  return { ...lineOf(title), text, flat: text };
};

describe('a run-on page titled in capitals', () => {
  it.each(['JUSTERAT PROTOKOLL', 'UTDRAG UR SAMMANTRÄDESPROTOKOLL', 'LISTA ÖVER ÄRENDEN', 'KALLELSE OCH FÖREDRAGNINGSLISTA'])('opens with its title of several words: %s', (title) => {
    expect(runOnTitle(page(title))).toBe(title);
  });

  it('and with a one-word title as before (guard)', () => {
    expect(runOnTitle(page('SAMMANTRÄDESPROTOKOLL'))).toBe('SAMMANTRÄDESPROTOKOLL');
  });
});
