// A title whose organ is written as its letters before the kind's word (`SG Minnesanteckningar 2019-03-11`,
// `AU Protokoll 2024-05-02`, `SG-protokoll 190311`): the kind and its date are the title, as after an organ
// written out (`Socialnämnden Protokoll`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const body = (title: string): string =>
  [title, '', 'Närvarande: Olle – kassör, Stina – sekreterare', '', '1. Hemsidan behöver uppdateras.', '', '2. Rapporter ska lämnas till konferensen.', '', '3. Mötet avslutades.'].join('\n');
const kinds = (title: string): [string, string | null][] => parseText(body(title)).documents.map((d) => [d.kind, d.title]);

describe('an organ’s letters before the kind’s word', () => {
  it('`SG Minnesanteckningar 2019-03-11`', () => {
    expect(kinds('SG Minnesanteckningar 2019-03-11')).toEqual([['notes', 'Minnesanteckningar 2019-03-11']]);
  });

  it('`AU Protokoll 2024-05-02`', () => {
    expect(kinds('AU Protokoll 2024-05-02')).toEqual([['minutes', 'Protokoll 2024-05-02']]);
  });

  it('`SG-protokoll 190311`', () => {
    expect(kinds('SG-protokoll 190311')).toEqual([['minutes', 'SG-protokoll 190311']]);
  });
});
