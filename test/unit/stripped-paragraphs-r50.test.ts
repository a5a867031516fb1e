// Web transcripts of PDFs (docplayer) strip most numbers: a list of the §§ an official attended
// (`kommunchef, 141-143, 145, 158`) keeps its commas and loses all but a number or two
// (`kommunchef, , , 158`, `ersättare , 238`, `ekonom 164, ,`). The number left is not the §§
// attended: the list is a note as written, each lost entry `…`. Every name is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

describe('a list of attended §§ whose numbers a transcript stripped', () => {
  it('reads no §§ from the number left, and notes the list with its lost entries', () => {
    expect(parseParticipantLine('Nils Berg, kommunchef, , , 158')).toMatchObject({ position: 'kommunchef', paragraphs: null, note: '…, …, 158' });
    expect(parseParticipantLine('Ola Lind (C), ej tjänstgörande ersättare , 238')).toMatchObject({ paragraphs: null, note: '…, 238' });
    expect(parseParticipantLine('Eva Ask, ekonom 164, ,')).toMatchObject({ position: 'ekonom', paragraphs: null, note: '164, …' });
  });

  it('leaves a list that lost nothing to the readers of §§', () => {
    expect(parseParticipantLine('Eva Ask, ekonom, 164')?.note).toBe('164');
    expect(parseParticipantLine('Eva Ask, ekonom 210, 238')?.note).not.toContain('…');
  });

  it('gives the official of a flattened front page no §§ from a stripped list', () => {
    const doc = meetingDoc(
      text(
        '1 Plats och tid Salen, Kommunhuset, Norrby klockan 9:00-13:40 Beslutande: Rolf Ek (S) Lars Moln (M) Övriga deltagande ' +
          'Nils Berg, kommunchef, , , 158 Emma Sand, gatuchef, 141 Ulla Swärd, nämndsekreterare Utses att justera Lars Moln ' +
          'Justeringens plats och tid Kommunkansliet Underskrifter Sekreterare... Paragrafer Ulla Swärd Ordförande... Rolf Ek Justerande... Lars Moln',
        '',
        '2 141 Gatubelysning Utskottet beslutar att godkänna planen.',
        '',
        '3 158 Budget Utskottet beslutar att godkänna budgeten.',
      ),
    );
    const people = Object.fromEntries(doc.participants.map((p) => [p.name, p.paragraphs]));
    expect(people['Nils Berg']).toBeNull();
    expect(people['Emma Sand']).toEqual({ from: 141, to: 141 });
  });
});
