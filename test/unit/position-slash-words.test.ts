// A position whose two words in lower case a slash joins (`sektorchef gata/park`, `budgetekonom/controller`,
// `stadsingenjör/markchef`) is one position: the slash parts no segment of the entry, so the second word is no note
// and, on a page flattened onto one line, the person after it is not lost. A slash between names or between an
// agency's letters is read as before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

const page = (officials: string): string =>
  '1 Kommunstyrelsen Sammanträdesprotokoll Sida 1(9) Plats och tid Rådhuset, Lilla salen, kl 13.00-15.30 Beslutande Karin Berg (S), ordförande ' +
  `Olof Nyström (M) Eva Dahl (C) Övriga närvarande ${officials} Justerare Eva Dahl Paragrafer 1-9 Underskrifter Sekreterare Per Ek ` +
  'Ordförande Karin Berg Justerare Eva Dahl\n2 Kommunstyrelsen § 1 Val av justerare Eva Dahl utses att justera protokollet.\n';

const officials = (t: string) => meetingDoc(t).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note]);

describe('a slash between two words of a position', () => {
  it('keeps both words in the position of a one-line entry', () => {
    const p = parseParticipantLine('Lars Holm, sektorchef gata/park');
    expect([p?.name, p?.position, p?.note]).toEqual(['Lars Holm', 'sektorchef gata/park', null]);
    const q = parseParticipantLine('Mira Sand, budgetekonom/controller');
    expect([q?.name, q?.position, q?.note]).toEqual(['Mira Sand', 'budgetekonom/controller', null]);
  });

  it('loses nobody in a list of `Name, position` entries run on onto one line', () => {
    expect(officials(page('Anna Lund, kommunchef Lisa Strand, sektorchef gata/park Lars Holm, stadsingenjör/markchef Per Ek, sekreterare'))).toEqual([
      ['Anna Lund', 'kommunchef', null],
      ['Lisa Strand', 'sektorchef gata/park', null],
      ['Lars Holm', 'stadsingenjör/markchef', null],
      ['Per Ek', 'sekreterare', null],
    ]);
  });

  it('reads a list one entry a line the same way', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kommunstyrelsen', 'Tid 2024-03-12 kl 13.00-15.00', 'Plats Rådhuset', 'Beslutande Karin Berg (S), ordförande', 'Eva Dahl (C)',
        'Övriga närvarande Lars Holm, sektorchef gata/park', 'Per Ek, sekreterare', '', '§ 1 Val av justerare', 'Eva Dahl utses att justera.'),
    );
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note])).toEqual([
      ['Lars Holm', 'sektorchef gata/park', null],
      ['Per Ek', 'sekreterare', null],
    ]);
  });

  it('still parts two people a slash joins, and keeps an agency’s letters whole', () => {
    const a = parseParticipantLine('Helena Ny, samordnare MT/CT');
    expect([a?.name, a?.position]).toEqual(['Helena Ny', 'samordnare MT/CT']);
    const b = parseParticipantLine('Tove Ås, Försäkringskassan/Arbetsförmedlingen');
    expect(b?.position ?? null).toBeNull();
  });
});
