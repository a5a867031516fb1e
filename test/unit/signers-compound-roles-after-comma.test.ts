// `Underskrifter Name, role Name, role …` run on in one line: the role written as a compound whose last part is a
// signer's word (`mötesordförande`, `nämndsekreterare`, `förbundssekreterare`), and a chair's §§ after the role (`fr o m 49`)
// when two chaired the meeting in turn. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = 'FRITIDSNÄMNDEN PROTOKOLL Sammanträdesdatum 2023-05-10 Plats och tid Stadshuset kl 13.00-15.30 Beslutande Mira Sand (S) ordförande Olle Dahl (M) ordinarie Per Lind (V) ordinarie Justerare Olle Dahl';
const items = ['', '§ 45 Mötets öppnande', 'Ordföranden öppnade mötet.'];
const signers = (doc: ReturnType<typeof meetingDoc>) => [doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters];

describe('signers with their roles after a comma, run on', () => {
  it('read a compound role by its last part', () => {
    const doc = meetingDoc(text(`${head} Underskrifter Mira Sand, mötesordförande Olle Dahl, protokolljusterare Tove Ek, nämndsekreterare BEVIS OM ANSLAG`, ...items));
    expect(signers(doc)).toEqual([['Mira Sand'], ['Tove Ek'], ['Olle Dahl']]);
  });

  it('read a second chair with the §§ chaired after the role', () => {
    const doc = meetingDoc(text(`${head} Underskrifter Mira Sand, ordförande Per Lind, ordförande fr o m 49 Olle Dahl, justerare Tove Ek, förbundssekreterare BEVIS OM ANSLAG`, ...items));
    expect(signers(doc)).toEqual([['Mira Sand', 'Per Lind'], ['Tove Ek'], ['Olle Dahl']]);
  });
});
