// A point taken off the agenda (`Rapport (utgår)`, `Budget – Utgår`, a body that says only
// `Utgår.`): outcome `withdrawn` (SCHEMA.md, Item additions), the mark no part of the title.
// The § that approves the agenda with a point taken off is itself approved. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../src/parse/items/title.js';
import { meetingDoc, text } from './helpers.js';

describe('an agenda point marked as taken off', () => {
  it.each([
    ['Rapport från kansliet (utgår)', 'Rapport från kansliet'],
    ['Verksamhetsplan – Utgår', 'Verksamhetsplan'],
    ['Verksamhetsplan - utgår', 'Verksamhetsplan'],
    ['Budget 2025, utgår', 'Budget 2025'],
    ['Budget 2025 UTGÅR', 'Budget 2025'],
  ])('%s', (written, title) => {
    expect(readTitle(written)).toMatchObject({ title, withdrawn: true });
  });

  it('leaves a title that only speaks of the word alone', () => {
    expect(readTitle('Ersättning för utgående tjänster').withdrawn).toBeUndefined();
  });

  it('gives the outcome in minutes and in a notice', () => {
    const minutes = meetingDoc(
      text(
        'PROTOKOLL', 'Samordningsförbundet Fjällby', 'Styrelsen', '', 'Datum: 2023-05-12 kl. 09.00–12.00', '',
        '§ 1 Godkännande av dagordning', 'Dagordningen godkänns med tillägget att punkt 4 utgår.', '',
        '§ 2 Rapport från kansliet (utgår)', '',
        '§ 3 Budget', 'Utgår.', '',
        '§ 4 Avslut', 'Mötet avslutas.',
      ),
    );
    expect(minutes.items.map((it) => [it.number, it.title, it.outcome])).toEqual([
      [1, 'Godkännande av dagordning', 'approved'],
      [2, 'Rapport från kansliet', 'withdrawn'],
      [3, 'Budget', 'withdrawn'],
      [4, 'Avslut', null],
    ]);
    const notice = meetingDoc(
      text('KALLELSE', 'Samordningsförbundet Fjällby', 'Styrelsen', '', 'Datum: 2023-05-12 kl. 09.00', '', 'Föredragningslista', '1. Mötets öppnande', '2. Verksamhetsplan – utgår', '3. Avslut'),
    );
    expect(notice.items.map((it) => [it.title, it.outcome])).toEqual([
      ['Mötets öppnande', null],
      ['Verksamhetsplan', 'withdrawn'],
      ['Avslut', null],
    ]);
  });
});
