// A participants' label with one person whose organisation stands in brackets after the name (`Anmält förhinder:
// Fia Lund (Sundby kommun)`), as samordningsförbund minutes name each member's municipality: the closing bracket
// hid the organisation's word, and a name whose given name the lexicon lacks was dropped. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (line: string) =>
  meetingDoc(
    [
      'Protokoll från styrelsemöte i Samordningsförbundet Västkusten',
      'Datum: 2022-09-21',
      '',
      'Närvarande ledamöter: Anna Ek (Östby kommun), ordförande, Bo Lind (Region Väst)',
      line,
      'Övriga närvarande: Gun Berg, förbundschef',
      '',
      '§ 1 Mötets öppnande',
      'Ordförande hälsade välkommen.',
    ].join('\n'),
  ).participants.map((p) => [p.name, p.role, p.organisation]);

describe('one person with a bracketed municipality after a label', () => {
  it('keeps an absent member', () => {
    expect(minutes('Anmält förhinder: Fia Lund (Sundby kommun)')).toContainEqual(['Fia Lund', 'absent', 'Sundby kommun']);
  });

  it('keeps a deputy', () => {
    expect(minutes('Ersättare: Fia Lund (Östby kommun)')).toContainEqual(['Fia Lund', 'deputy', 'Östby kommun']);
  });
});
