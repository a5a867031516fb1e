// Less common spellings of given names (`Andréa`, `Marilene`), without which a list of officials written without
// commas (`… Jeanette Ek miljöchef, Marilene Dahl nämndsekreterare Dick Ros förvaltningsjurist`) ran one person
// into the position of the one before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('given names of r47', () => {
  it('start a person in a run-on list of officials', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2013-02-26', '',
        'Beslutande Vera Holm (M), ordförande',
        'Övriga närvarande Hanna Borg miljöinspektör, Jeanette Ek miljöchef, Marilene Dahl nämndsekreterare Dick Ros förvaltningsjurist, Andréa Lind ekonom',
        '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.slice(1).map((p) => [p.name, p.position, p.organisation])).toEqual([
      ['Hanna Borg', 'miljöinspektör', null],
      ['Jeanette Ek', 'miljöchef', null],
      ['Marilene Dahl', 'nämndsekreterare', null],
      ['Dick Ros', 'förvaltningsjurist', null],
      ['Andréa Lind', 'ekonom', null],
    ]);
  });
});
