// A list of members whose positions follow the party without a comma, capitalised as a table's
// cell (`Anders Holm (m) Ordförande` / `Lisa Boman (s) Vice ordförande`): inside the list the signer's
// word at the line's end is the person's position, no label whose value is the next line.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = text(
  'Sammanträdesprotokoll',
  'Kommunstyrelsen',
  '2009-03-17',
  '',
  'Plats och tid     Älvrummet, kl 13.00-17.00',
  '',
  'Beslutande        Nils Hjort (m) Ordförande',
  '                  Lisa Boman (s) Vice ordförande',
  '                  Sven Ahl (m) Ersätter Nils Hjort',
  '                  Tage Gustav (fp)',
  '',
  'Övriga deltagare  Kurt Lövgren Kommunchef',
  '                  Elin Bäck Sekreterare',
  '',
  '§ 212 Nya ärenden',
  'Inga nya ärenden anmäldes.',
);

describe('a signer’s word after a name in a list', () => {
  it('is the person’s position, and the list goes on', () => {
    const doc = meetingDoc(minutes);
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position, p.substituteFor])).toEqual([
      ['Nils Hjort', 'member', 'M', 'ordförande', null],
      ['Lisa Boman', 'member', 'S', 'vice ordförande', null],
      ['Sven Ahl', 'deputy', 'M', null, 'Nils Hjort'],
      ['Tage Gustav', 'member', 'FP', null, null],
      ['Kurt Lövgren', 'other', null, 'kommunchef', null],
      ['Elin Bäck', 'other', null, 'sekreterare', null],
    ]);
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
