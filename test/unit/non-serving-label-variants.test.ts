// The deputies who attend without a vote, headed as templates and their writers say it:
// `Ersättare inte tjänstgörande`, `Närvarande, ej tjg ers:`, and the misspelt `Ej tjänstegörande;`
// with a semicolon for its colon. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('the non-serving deputies’ heading in its other wordings', () => {
  it('reads `Ej tjänstegörande;` over one name a paragraph', () => {
    const doc = meetingDoc(
      text(
        'Direktionens protokoll 12 mars 2024', '',
        'Plats och tid: Kvarnens miljöförbund, 2024-03-12 kl. 09.00', '',
        'Beslutande:', '', 'Åsa Berg (S)', '', 'Tore Ek (M)', '',
        'Ej tjänstegörande;', '', 'Rut Lund (KD)', '', 'Valter Hed (S)', '', 'Gunnar Alm (C)', '',
        'Deltagande:', '', 'Lotta Bo, miljöchef', '',
        '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Åsa Berg', 'member', 'Beslutande'],
      ['Tore Ek', 'member', 'Beslutande'],
      ['Rut Lund', 'deputy', 'Ej tjänstegörande'],
      ['Valter Hed', 'deputy', 'Ej tjänstegörande'],
      ['Gunnar Alm', 'deputy', 'Ej tjänstegörande'],
      ['Lotta Bo', 'other', 'Deltagande'],
    ]);
  });

  it('reads `Närvarande, ej tjg ers:` and `Ersättare inte tjänstgörande` as deputies', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Samordningsförbundet Älvdalen', 'Plats och tid: Förbundets kansli 2024-05-03 kl. 09.00-11.00', '',
        'Beslutande:', 'Inger Dahl, ordförande', 'Anna Sjö', '',
        'Närvarande, ej tjg ers:', 'Karin Vall', '',
        'Ersättare inte tjänstgörande', 'Olof Rask (C)', '',
        'Övriga deltagande: Björn Ek, förbundschef', '',
        '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Inger Dahl', 'member', 'Beslutande'],
      ['Anna Sjö', 'member', 'Beslutande'],
      ['Karin Vall', 'deputy', 'Närvarande, ej tjg ers'],
      ['Olof Rask', 'deputy', 'Ersättare inte tjänstgörande'],
      ['Björn Ek', 'other', 'Övriga deltagande'],
    ]);
  });
});
