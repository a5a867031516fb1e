// A signature grid flattened by a web archive: the signers' labels stacked one a line
// (`Sekreterare` / `Ordförande` / `Justerande`) and all their names run on after the last,
// with the next page's letterhead in capitals after them (`… Jan-Erik Dal ÖSTBY KOMMUN
// ANSLAG/BEVIS`) or the signature lines' leader points between them (`Justerande.. Siv Holm.
// Eva Ström. Ola Nord`, `Ordförande. Siv Holm.. Eva Ström`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (signing: string): string =>
  'Miljönämnden SAMMANTRÄDESPROTOKOLL 1 (12) Plats och tid Kommunhuset, Norrby, onsdag den 2 mars 2011, kl 13.00-15.00 ' +
  'Beslutande Eva Ström (s), ordförande Per Alm (m) Ola Nord (c) Gun Berg (s) Övriga deltagande Siv Holm, sekreterare ' +
  `Utses att justera Ola Nord ${signing} ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. ` +
  'Organ Miljönämnden Förvaringsplats för protokollet Miljökontoret Underskrift Siv Holm';

describe('signer labels stacked, their names run on after the last', () => {
  it('the next page’s letterhead in capitals after the names is none of them', () => {
    const doc = meetingDoc(page('Underskrifter Sekreterare Ordförande Justerande Siv Holm Eva Ström Ola Nord Gun-Britt Berg NORRBY KOMMUN'));
    expect(doc.signatures).toMatchObject({ secretary: ['Siv Holm'], chair: ['Eva Ström'], adjusters: ['Ola Nord', 'Gun-Britt Berg'] });
    expect(doc.meeting?.organisation).toBe('Norrby kommun');
  });

  it('leader points between the names part them', () => {
    const doc = meetingDoc(page('Underskrifter Paragrafer 1-8 Sekreterare Ordförande Justerande.. Siv Holm. Eva Ström. Ola Nord'));
    expect(doc.signatures).toMatchObject({ secretary: ['Siv Holm'], chair: ['Eva Ström'], adjusters: ['Ola Nord'] });
  });

  it('two labels, their names after the second, the third label with its own name', () => {
    const doc = meetingDoc(page('Paragrafer 1-8 Underskrifter Sekreterare Ordförande. Siv Holm.. Eva Ström Justerande.. Ola Nord'));
    expect(doc.signatures).toMatchObject({ secretary: ['Siv Holm'], chair: ['Eva Ström'], adjusters: ['Ola Nord'] });
  });
});
