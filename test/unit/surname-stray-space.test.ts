// A surname that a stray space of the extraction cut after its first letter (`Sabina D zonlic, utredare`): joined again
// where a given name, a lone capital and the rest in lower case are the whole name part; a remark after an initial
// (`Anna B ersätter`) stays a remark. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (line: string) =>
  meetingDoc(text('PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2023-04-24', '', 'Beslutande          Anna Ek (S), ordförande', '                    Per Ås (M)', '', `Övriga deltagande   ${line}`))
    .participants.filter((p) => p.role === 'other')
    .map((p) => [p.name, p.position, p.note]);

describe('a surname cut after its first letter', () => {
  it('joins the letter and the rest in a run-on list of officials', () => {
    expect(others('Mats Rydh, kommunsekreterare Sabina D zonlic, utredare Lisa Holm, ekonom')).toEqual([
      ['Mats Rydh', 'kommunsekreterare', null],
      ['Sabina Dzonlic', 'utredare', null],
      ['Lisa Holm', 'ekonom', null],
    ]);
  });

  it('joins it in a list parted by semicolons, as another body writes it', () => {
    expect(others('Mats Rydh, kommunsekreterare; Lisa K arlberg, ekonom')).toEqual([
      ['Mats Rydh', 'kommunsekreterare', null],
      ['Lisa Karlberg', 'ekonom', null],
    ]);
  });

  it('joins nothing where the word after the letter is a remark\'s', () => {
    expect(others('Mats Rydh, kommunsekreterare Anna B ersätter, ekonom').map((p) => p[0])).not.toContain('Anna Bersätter');
  });
});
