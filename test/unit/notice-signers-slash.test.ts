// A notice signed at its end by its chair and its secretary as the issuer: the secretary with the slash an issuer signs with
// (`/Petra Lund, nämndsekreterare`, or `/Petra Lund` over `nämndsekreterare`) under the chair a block reads, the role after a
// slash (`Kerstin Holm / ordförande`), and the chair's name and role before the one who signs on the chair's behalf
// (`Lars Berg, KST-ordf Enligt uppdrag: Anna Holm, k.dir`, a page run on in one line). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notice = (...end: string[]): string =>
  text('KALLELSE', 'Socialnämnden', '', 'Tid: Tisdagen den 5 mars 2019 kl. 13.00', 'Plats: Kommunhuset, sal Björken', '', 'Ärenden', '1. Val av justerare', '2. Budgetuppföljning', '3. Delegationsbeslut', '', ...end);
const signersOf = (t: string) => parseText(t).documents[0]!.signatures;

describe('the signers at the end of a notice', () => {
  it('reads the issuer signed with a slash under the chair', () => {
    const s = signersOf(notice('Välkomna!', '', 'Kerstin Holm', 'ordförande', '', '/Petra Lund, nämndsekreterare'))!;
    expect(s.chair).toEqual(['Kerstin Holm']);
    expect(s.secretary).toEqual(['Petra Lund']);
  });
  it('reads the slashed name over its role on the last line', () => {
    const s = signersOf(notice('Enligt uppdrag', '/Petra Lund', 'nämndsekreterare'))!;
    expect(s.secretary).toEqual(['Petra Lund']);
  });
  it('reads the role after a slash', () => {
    const s = signersOf(notice('Kerstin Holm / ordförande', 'Petra Lund / sekreterare'))!;
    expect(s.chair).toEqual(['Kerstin Holm']);
    expect(s.secretary).toEqual(['Petra Lund']);
  });
  it('reads the chair before the one who signs on the chair behalf', () => {
    const one = '1 KALLELSE Tid och plats: Måndag 5 maj 2019, kl 19:00, kommunkansliet i Ekby 1 SAMMANTRÄDETS KONSTITUERANDE 2 BUDGET 3 MÖTETS AVSLUTANDE Ekby den Lars Berg, KST-ordf Enligt uppdrag: Anna Holm, k.dir Denna möteskallelse har anslagits på kommunens anslagstavla';
    expect(signersOf(text(one))!.chair).toEqual(['Lars Berg']);
  });
  it('reads no signer from a slash between two words of the agenda', () => {
    expect(signersOf(notice('4. Bygglov / förhandsbesked'))).toBeNull();
  });
});
