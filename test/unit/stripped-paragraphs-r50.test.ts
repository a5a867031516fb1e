// Web transcripts of PDFs (docplayer) strip most numbers: a list of the §§ an official attended
// (`kommunchef, 84-86, 88, 96`) keeps its commas and loses all but a number or two
// (`kommunchef, , , 96`, `ersättare , 312`, `ekonom 57, ,`). The number left is not the §§
// attended: the list is a note as written, each lost entry `…`. Every name is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

describe('a list of attended §§ whose numbers a transcript stripped', () => {
  it('reads no §§ from the number left, and notes the list with its lost entries', () => {
    expect(parseParticipantLine('Nils Berg, kommunchef, , , 96')).toMatchObject({ position: 'kommunchef', paragraphs: null, note: '…, …, 96' });
    expect(parseParticipantLine('Ola Lind (C), ej tjänstgörande ersättare , 312')).toMatchObject({ paragraphs: null, note: '…, 312' });
    expect(parseParticipantLine('Eva Ask, ekonom 57, ,')).toMatchObject({ position: 'ekonom', paragraphs: null, note: '57, …' });
  });

  it('leaves a list that lost nothing to the readers of §§', () => {
    expect(parseParticipantLine('Eva Ask, ekonom, 57')?.note).toBe('57');
    expect(parseParticipantLine('Eva Ask, ekonom 41, 57')?.note).not.toContain('…');
  });

  it('gives the official of a flattened front page no §§ from a stripped list', () => {
    const doc = meetingDoc(
      text(
        '1 Plats och tid Salen, Kommunhuset, Norrby klockan 8:30-12:15 Beslutande: Rolf Ek (S) Lars Moln (M) Övriga deltagande ' +
          'Nils Berg, kommunchef, , , 96 Klara Sand, gatuchef, 88 Ulla Borg, nämndsekreterare Utses att justera Lars Moln ' +
          'Justeringens plats och tid Kommunkansliet Underskrifter Sekreterare... Paragrafer Ulla Borg Ordförande... Rolf Ek Justerande... Lars Moln',
        '',
        '2 88 Vägunderhåll Utskottet beslutar att godkänna planen.',
        '',
        '3 96 Budget Utskottet beslutar att godkänna budgeten.',
      ),
    );
    const people = Object.fromEntries(doc.participants.map((p) => [p.name, p.paragraphs]));
    expect(people['Nils Berg']).toBeNull();
    expect(people['Klara Sand']).toEqual({ from: 88, to: 88 });
  });
});
