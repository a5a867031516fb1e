// Readers that look at the character before or after a place ask first whether one stands there (a read past a
// string's end cost the function its optimised code); what they answer at a text's edges stays as it was.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { attachmentsIn } from '../../src/parse/items/title.js';
import { findDates } from '../../src/text/dates.js';
import { meetingDoc } from './helpers.js';

describe('reads at a text’s edges', () => {
  it('reads an attachments’ heading and its list across empty lines', () => {
    expect(attachmentsIn('Bilagor\n\na) Årsredovisning b) Revisionsberättelse\n\n')).toEqual(['a', 'b']);
    expect(attachmentsIn('\n\nBilaga 3 Taxa för Norrby vatten')).toEqual(['3']);
    expect(attachmentsIn('Bilagor:\n1. Verksamhetsplan\n\n2. Budget 2026\n')).toEqual(['1', '2']);
  });
  it('reads a date at the text’s first places, with no range before it', () => {
    expect(findDates('12 mars 2024 kl 9').map((d) => d.iso)).toEqual(['2024-03-12']);
    expect(findDates(' 5 maj 2023').map((d) => d.iso)).toEqual(['2023-05-05']);
    expect(findDates('-12 mars 2024').map((d) => d.iso)).toEqual(['2024-03-12']);
    // (a range's first day, a dash before the date: the meeting's first day)
    expect(findDates('den 3-4 maj 2023').map((d) => d.iso)).toEqual(['2023-05-03']);
  });
  it('reads an outcome word at the decision’s start and end', () => {
    const doc = meetingDoc(
      ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Västby', 'Datum: 2024-03-12', '', '§ 1 Motion om cykelvägar', 'Beslut', 'Motionen avslås', '', '§ 2 Budget', 'Beslut', 'Bifalls.'].join('\n'),
    );
    expect(doc.items.map((it) => it.outcome)).toEqual(['rejected', 'approved']);
  });
});
