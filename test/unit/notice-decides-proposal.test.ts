// A notice's point that says what the meeting decides without labelling it a proposal
// (`Beslut: Styrelsen godkänner …`, `Styrelsen beslutar` / `att fastställa …`, as
// samordningsförbund and associations write their agendas): the meeting is still to be held,
// so that is the point's proposal; a decision told in the past is the case's history.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const notice = (...points: string[]): string =>
  ['KALLELSE', 'Styrelsen för Samordningsförbundet Norrvik', 'Tid: 2024-03-14 kl. 09.00-12.00', 'Plats: Kansliet, Norrvik', '', 'Föredragningslista', '', ...points].join('\n');

describe('a point that decides in so many words', () => {
  const doc = meetingDoc(
    notice(
      '1. Mötets öppnande',
      '',
      '2. Sammanträdesplan 2025',
      'Styrelsen beslutar att anta ordförandens förslag till sammanträdesplan.',
      '',
      '3. Attestordning',
      'Beslut:',
      'Styrelsen beslutar',
      'att fastställa attestordningen,',
      'att uppdra åt förbundschefen att informera medlemmarna.',
      '',
      '4. Insatsen Steget',
      'Styrelsen beslutade i mars att förlänga insatsen. Förbundschefen redogör för läget.',
      '',
      '5. Ekonomi',
      'Förslag till beslut: Styrelsen godkänner uppföljningen.',
    ),
  );

  it('is the point’s proposal, and no decision', () => {
    expect(doc.kind).toBe('notice');
    expect(item(doc, 2).proposal).toBe('Styrelsen beslutar att anta ordförandens förslag till sammanträdesplan.');
    expect(item(doc, 3).proposal).toBe('fastställa attestordningen\n\nuppdra åt förbundschefen att informera medlemmarna.');
    expect(item(doc, 2).decisions).toEqual([]);
  });

  it('a decision in the past proposes nothing; a labelled proposal stays as written', () => {
    expect(item(doc, 4).proposal).toBeNull();
    expect(item(doc, 5).proposal).toBe('Styrelsen godkänner uppföljningen.');
    expect(item(doc, 1).proposal).toBeNull();
  });
});
