// A list of members whose positions follow the party without a comma, capitalised as a table's
// cell (`Anders Holm (m) Ordförande` / `Mia Odd (s) Vice ordförande`): inside the list the signer's
// word at the line's end is the person's position, no label whose value is the next line.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = text(
  'Sammanträdesprotokoll',
  'Kommunstyrelsen',
  '2008-09-10',
  '',
  'Plats och tid     Bohusrummet, kl 13.00-17.00',
  '',
  'Beslutande        Aron Hjelm (m) Ordförande',
  '                  Mia Odd (s) Vice ordförande',
  '                  Rune Berg (m) Ersätter Aron Hjelm',
  '                  Gösta Oskar (fp)',
  '',
  'Övriga deltagare  Kent Jonsson Kommunchef',
  '                  Sara Hall Sekreterare',
  '',
  '§ 353 Tillkommande ärenden',
  'Inga ärenden tillkom.',
);

describe('a signer’s word after a name in a list', () => {
  it('is the person’s position, and the list goes on', () => {
    const doc = meetingDoc(minutes);
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position, p.substituteFor])).toEqual([
      ['Aron Hjelm', 'member', 'M', 'ordförande', null],
      ['Mia Odd', 'member', 'S', 'vice ordförande', null],
      ['Rune Berg', 'deputy', 'M', null, 'Aron Hjelm'],
      ['Gösta Oskar', 'member', 'FP', null, null],
      ['Kent Jonsson', 'other', null, 'kommunchef', null],
      ['Sara Hall', 'other', null, 'sekreterare', null],
    ]);
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
