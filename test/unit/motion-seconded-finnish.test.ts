// Finnish-Swedish motions: the seconder between the verb and the clause (`Per Lind föreslog,
// understödd av Eva Holm, att ärendet bordläggs.`), a member's `föreslog` under `Behandling`,
// and the seconder in a sentence of its own (`Förslaget understöddes av Lisa Sund.`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Tekniska nämnden', 'Sammanträdestid 12.3.2024 kl. 18.00', '');
const motions = (...body: string[]) =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 12 Gatubelysning i Norrby', '', ...body) })), 12).motions.map((m) => [m.by, m.text]);

describe('Finnish-Swedish motions', () => {
  it('the seconder between the verb and the clause', () => {
    expect(motions('Behandling:', 'Per Lind föreslog, understödd av Eva Holm, att ärendet bordläggs.', '', 'Beslut:', 'Ärendet bordlades.')).toEqual([
      [['Per Lind', 'Eva Holm'], 'att ärendet bordläggs'],
    ]);
  });

  it('föreslog under Behandling, seconded in the next sentence', () => {
    expect(motions('Behandling: Nils Ek föreslog att ärendet återremitteras. Förslaget understöddes av Lisa Sund.', '', 'Beslut: Ärendet återremitterades.')).toEqual([
      [['Nils Ek', 'Lisa Sund'], 'att ärendet återremitteras'],
    ]);
  });

  it('the mover after the verb, the seconder after the mover', () => {
    expect(motions('Behandling:', 'Under diskussionen föreslog Per Lind, understödd av Eva Holm, att ärendet återremitteras.', '', 'Beslut:', 'Nämnden godkände förslaget.')).toEqual([
      [['Per Lind', 'Eva Holm'], 'att ärendet återremitteras'],
    ]);
  });

  it('föreslog in the case’s text is no motion', () => {
    expect(motions('Tekniska chefen föreslog i sin utredning att belysningen byts.', '', 'Beslut: Nämnden godkänner planen.')).toEqual([]);
  });
});
