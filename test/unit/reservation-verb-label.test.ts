// A reservation written with its verb as a label and the reservers after the colon
// (`Reserverar sig: Bo Ek (M), Eva Ås (M)`), as some templates list who reserved
// themselves; and the same verb after a colon-less opening stays read as before.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

describe('`Reserverar sig:` as a label', () => {
  it('names the reservers after the colon', () => {
    const r = processOf(text('Omröstning', 'Med 6 ja-röster mot 3 nej-röster bifalls förslaget.', '', 'Reserverar sig: Tove Lind (M), Per Rask (M)')).reservations;
    expect(r.map((x) => [x.by, x.parties])).toEqual([[['Tove Lind', 'Per Rask'], ['M']]]);
  });

  it('reads the past tense and two parties too', () => {
    const r = processOf(text('Reserverade sig: Saga Ström (V) och Olle Berg (KD)')).reservations;
    expect(r.map((x) => [x.by, x.parties])).toEqual([[['Saga Ström', 'Olle Berg'], ['V', 'KD']]]);
  });

  it('reads nobody where no name follows the colon (guard)', () => {
    expect(processOf(text('Reserverar sig: se bilaga 3')).reservations).toEqual([]);
  });
});
