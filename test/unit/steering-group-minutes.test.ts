// Minutes of a steering group as a sharing site transcribes them (each page one line):
// `Närvarande: … Ledamöter: …` with the names one space apart, a participant's reach in
// points (`t.o.m. p.6`), `Dessutom:` over the officials, numbered points that carry their
// one-line text (`7. Övriga frågor Inga övriga frågor.`), decisions in the passive
// (`bifalls`), and adjusters signing on one line (`Justeras Anders Holm Karin Ström`).
// Invented text in a layout met in the `pages` corpus.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const STEERING_GROUP = [
  'Transkript',
  '',
  '1 Styrgruppen för projekt Kustlinjen 3/09 1 Protokoll från styrgruppsmöte den 14 maj 2009 Närvarande: Anders Holm, ordf. Ledamöter: Berit Lund Karin Ström Olle Sjö Hans Ek (t.o.m. p.6) Sven Dahl Tjänstgörande ersättare Lars Wall Eva Berg Dessutom: Elin Rask, sekreterare Anders Holm öppnade mötet och hälsade alla välkomna. 1. Fastställande av dagordning Dagordningen fastställdes utan ändringar. 2. Föregående protokoll Protokollet lades till handlingarna. 3. Val av justerare Karin Ström valdes till justerare. 4. Ekonomisk rapport Sekretariatet redovisade utfallet till och med april. Rapporten godkändes.',
  '',
  '2 Styrgruppen för projekt Kustlinjen 3/09 2 5. Utvärdering Maria Ros presenterade halvtidsutvärderingen. 6. Ansökningar Tre ansökningar behandlades. Ansökan från Kustföreningen bifalls. 7. Övriga frågor Inga övriga frågor. Vid protokollet Elin Rask Justeras Anders Holm Karin Ström',
].join('\n');

describe('a steering group’s minutes, one line a page', () => {
  const doc = meetingDoc(STEERING_GROUP);

  it('reads members written one space apart, their reach in points, and the deputies', () => {
    expect(doc.participants.filter((p) => p.role !== 'other').map((p) => [p.name, p.role])).toEqual([
      ['Anders Holm', 'member'],
      ['Berit Lund', 'member'],
      ['Karin Ström', 'member'],
      ['Olle Sjö', 'member'],
      ['Hans Ek', 'member'],
      ['Sven Dahl', 'member'],
      ['Lars Wall', 'deputy'],
      ['Eva Berg', 'deputy'],
    ]);
    expect(doc.participants.find((p) => p.name === 'Hans Ek')?.paragraphs).toEqual({ from: null, to: 6 });
  });

  it('cuts a standing point’s title off its one-line text, and reads `bifalls` as a decision', () => {
    expect(doc.items.map((i) => i.title)).toEqual([
      'Fastställande av dagordning',
      'Föregående protokoll',
      'Val av justerare',
      'Ekonomisk rapport',
      'Utvärdering',
      'Ansökningar',
      'Övriga frågor',
    ]);
    expect(doc.items[5]!.decisions.map((d) => d.text)).toEqual(['Ansökan från Kustföreningen bifalls.']);
  });

  it('takes two signing on one line as two: the listed chair as chair, the one elected (`p. 3`) as adjuster', () => {
    expect(doc.signatures).toMatchObject({ secretary: ['Elin Rask'], chair: ['Anders Holm'], adjusters: ['Karin Ström'] });
  });
});

describe('adjusters on the label’s line', () => {
  const signed = (line: string) =>
    meetingDoc(['Protokoll från styrelsemöte 2024-02-01', '', 'Närvarande: Anders Holm, Karin Ström', '', '1. Val av justerare', 'Karin Ström valdes.', '', 'Vid protokollet', 'Elin Rask', line].join('\n'))
      .signatures;

  it('splits names at commas when each is a name, and keeps `Name, Organisation` one', () => {
    expect(signed('Justeras: Anders Holm, Karin Ström')?.adjusters).toEqual(['Anders Holm', 'Karin Ström']);
    expect(signed('Justerare: Ulla Falk, Arbetsförmedlingen')?.adjusters).toEqual(['Ulla Falk']);
  });
});
