// An appendix after the minutes with a blank line before it, not a gap: `Bilaga 1` after the
// signatures, `Bilaga till protokoll § 2` after the last § of unsigned minutes. It is a document
// of its own (`other`, its text kept), not lost after the signatures nor the last §'s text; a
// `Bilaga 1` line inside a § that the minutes go on after stays in it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const HEAD = text('PROTOKOLL', 'Samordningsförbundet Ravnå, styrelsen', 'Datum: 2025-03-12', '');

describe('an appendix after the minutes', () => {
  it('keeps `Bilaga 1` after the signatures as a document of its own', () => {
    const r = parseText(
      text(
        HEAD, '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
        '§ 2 Verksamhetsplan', 'Styrelsen beslutar att anta verksamhetsplanen enligt bilaga 1.', '',
        'Vid protokollet', 'Anna Borg', '', 'Justeras', 'Eva Lind                 Per Ström', '',
        'Bilaga 1', 'Verksamhetsplan 2026 för Samordningsförbundet Ravnå', '',
        'Inledning', 'Förbundet ska under året arbeta med tre insatser för unga vuxna.',
      ),
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'other']);
    expect(r.documents[1]!.title).toBe('Bilaga 1');
    expect(r.documents[1]!.text).toContain('tre insatser för unga vuxna');
    expect(r.documents[0]!.items.map((i) => i.number)).toEqual([1, 2]);
  });

  it('ends the last § where `Bilaga till protokoll § 2` starts, though nobody signed', () => {
    const r = parseText(
      text(
        HEAD, '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
        '§ 2 Mötets avslutande', 'Ordföranden tackade och avslutade mötet.', '',
        'Bilaga till protokoll § 2', 'Närvarolista', 'Eva Lind, Ravnå kommun', 'Per Ström, Region Norr',
      ),
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'other']);
    expect(r.documents[0]!.items[1]!.text).toBe('Ordföranden tackade och avslutade mötet.');
    expect(r.documents[1]!.text).toContain('Per Ström, Region Norr');
  });

  it('leaves a `Bilaga 1` line inside a § the minutes go on after', () => {
    const r = parseText(
      text(
        HEAD, '§ 1 Budget', 'Styrelsen beslutar att fastställa budgeten.', '',
        'Vid protokollet', 'Anna Borg', '', 'Justeras', 'Eva Lind                 Per Ström', '',
        'Bilaga 1', 'Budget 2026', '', '§ 2 Mötets avslutande', 'Ordföranden avslutade mötet.',
      ),
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes']);
    expect(r.documents[0]!.items.map((i) => i.number)).toEqual([1, 2]);
  });
});
