// A notice flattened onto one line: the call under the called members' label (`Ordinarie ledamöter kallas till
// sammanträde …`), its close (`… rakvatten!`, `Välkomna.`), the signers each before their label, then the members' list
// under its own label. The names before the labels are the signers; the list after them is the members, not the
// secretaries. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const agenda = ['Föredragningslista Nr. Ärende', '1. Budgetuppföljning', '2. Taxor för lokaler', '3. Delegationsbeslut'];

describe('notice signers after the call, before the members’ list', () => {
  it('are the chair and the secretary, the list after them the members', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE TILL KULTURNÄMNDEN Ordinarie ledamöter kallas till sammanträde med kulturnämnden, onsdagen den 8 mars 2023 kl 18.00 i Ekby, kommunhuset. Ledamot som är förhindrad bör själv kalla sin ersättare. Tänk på allergiker! Mira Sand Ordförande Tove Ek Sekreterare Ledamöter Mira Sand (S) ordförande Olle Dahl (M) Per Lind (C) Eva Holm (S) Ersättare Bo Berg (S) Kim Ås (M)',
        ...agenda,
      ),
    );
    expect(doc.kind).toBe('notice');
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Mira Sand'], ['Tove Ek']]);
    expect(doc.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Olle Dahl', 'Per Lind', 'Eva Holm', 'Bo Berg']));
  });

  it('are read so after a greeting with a point', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE Ordinarie ledamöter kallas till sammanträde med tekniska nämnden tisdagen den 14 februari 2023 kl 13.00 i Ekby, stadshuset. Välkomna. Greta Lund Ordförande Tove Ek Sekreterare Ledamöter Greta Lund (S) ordförande Olle Dahl (M) Per Lind (C) Ersättare Bo Berg (S)',
        ...agenda,
      ),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Greta Lund'], ['Tove Ek']]);
  });
});
