// A front page flattened by a transcript, the adjuster's deputy's label left empty among the signing grid's labels
// (`Justerare Leif Holm Paragrafer Ersättare Underskrifter.. Tomas Berg, ordförande Ewa Lund, sekreterare.. …`):
// the names after `Underskrifter` are the signers, each with the signer's word after a comma, and the empty list's
// label takes none of them (they were read as deputies). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const PAGE =
  '1 PROTOKOLL 1 (12) Nämnden för service Plats och tid Stadshuset, Ekrummet. Klockan Beslutande Tomas Berg (S), ordförande Anna Ek (M), vice ordförande Leif Holm (C) Sara Nyman (S) Tjänstgörande ersättare Per Alm (KD) för Olle Sten (M) Övriga deltagande Tjänstemän Jan Ros, förvaltningschef Ewa Lund, sekreterare Justerare Leif Holm Paragrafer Ersättare Underskrifter.. Tomas Berg, ordförande Ewa Lund, sekreterare.. Leif Holm, justerare BEVIS OM ANSLAG Justering av nämndens protokoll har tillkännagivits på kommunens anslagstavla Sammanträdesdatum Anslaget har satts upp Anslaget tas ner efter Förvaringsplats för protokollet Serviceförvaltningen Underskrift. Ewa Lund\n\n' +
  '2 PROTOKOLL Dnr 2022/14 Upphandling av bilar Inköpsenheten har tagit in anbud på två bilar. Nämnden beslutar att anta det lägsta anbudet.\n';

describe('an empty list label among the signing grid’s labels', () => {
  it('takes none of the signers after Underskrifter', () => {
    const doc = meetingDoc(PAGE);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Tomas Berg', 'member'],
      ['Anna Ek', 'member'],
      ['Leif Holm', 'member'],
      ['Sara Nyman', 'member'],
      ['Per Alm', 'deputy'],
      ['Jan Ros', 'other'],
      ['Ewa Lund', 'other'],
    ]);
  });
});
