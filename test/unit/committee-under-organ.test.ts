// A letterhead that names the organ and, under it or after it, the committee that meets (`REGIONSTYRELSEN` /
// `Arbetsutskottet`, `Kommunstyrelsen Personalutskottet` run on, or the committee in a cell of its own after the title's):
// the committee is the body, not the organ above it. Prose (`Kommunstyrelsen arbetsutskottet föreslår`) and an organ alone
// stay as they were. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const minutes = (...head: string[]): string =>
  text(...head, '', 'Plats och tid    Förvaltningshuset, kl. 09.00-11.00', '', '§ 4 Val av justerare', 'Eva Holm utses att justera protokollet.');
const bodyOf = (t: string): string | null => parseText(t).documents[0]!.meeting!.body;

describe('the committee a letterhead names under its organ', () => {
  it('is the body when it stands on the line under the organ', () => {
    expect(bodyOf(minutes('REGIONSTYRELSEN', 'Arbetsutskottet', 'PROTOKOLL 2022-05-03'))).toBe('arbetsutskott');
  });
  it('is the body when the title stands between them in columns', () => {
    expect(bodyOf(minutes('LANDSTINGSSTYRELSEN                PROTOKOLL', 'Personalutskottet                  Sammanträdesdatum 2022-05-03'))).toBe('personalutskott');
  });
  it('is the body when the page runs both on in one line', () => {
    expect(bodyOf(minutes('Kommunstyrelsen Presidiet Sammanträdesdatum 2022-05-03'))).toBe('presidium');
  });
  it('is not read from a sentence that names both', () => {
    expect(bodyOf(minutes('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2022-05-03', 'Ärendet Arbetsutskottet föreslår bereds vidare'))).toBe('kommunstyrelse');
  });
  it('leaves an organ with no committee under it', () => {
    expect(bodyOf(minutes('KOMMUNSTYRELSEN', 'PROTOKOLL 2022-05-03'))).toBe('kommunstyrelse');
  });
});
