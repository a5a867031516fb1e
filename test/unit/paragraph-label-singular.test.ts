// The declared range under the label `Paragraf` (singular), beside the secretary's name as `Paragrafer` stands: after a
// column gap (`Sekreterare   Sara Holm   Paragraf 353-370`) and run on after the name (`Sekreterare Sara Holm Paragraf
// 12-14`). The lexicon lists `paragraf` with `paragrafer`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['Sammanträdesprotokoll', 'Kommunstyrelsen', 'Sammanträdesdatum 2023-09-13', '', 'Plats och tid    Rådhuset, kl 08.30-12.00'];
const MEMBERS = ['Beslutande       Olle Bergman (M), ordförande', '                 Mira Oden (S)', 'Utses att justera   Mira Oden (S)', ''];
const ITEM = ['', '§ 12 Dagordning', 'Kommunstyrelsen godkänner dagordningen.', '', '§ 13 Avslutning', 'Ordföranden avslutar mötet.', '', '§ 14 Nästa möte', 'Nästa möte hålls i oktober.'];

describe('the range under the singular label `Paragraf`', () => {
  it('is read after a column gap beside the secretary', () => {
    const doc = meetingDoc(
      text(...HEAD, ...MEMBERS, 'Sekreterare      Sara Holm               Paragraf 12-14', 'Ordförande       Olle Bergman (M)', 'Justerande       Mira Oden (S)', ...ITEM),
    );
    expect(doc.meeting!.paragraphs).toEqual({ from: 12, to: 14 });
    expect(doc.signatures).toMatchObject({ secretary: ['Sara Holm'], chair: ['Olle Bergman'], adjusters: ['Mira Oden'] });
  });

  it('is read run on after the secretary’s name, which it leaves', () => {
    const doc = meetingDoc(text(...HEAD, ...MEMBERS, 'Underskrifter', 'Sekreterare Sara Holm Paragraf 12-14', 'Ordförande Olle Bergman', 'Justerande Mira Oden', ...ITEM));
    expect(doc.meeting!.paragraphs).toEqual({ from: 12, to: 14 });
    expect(doc.signatures).toMatchObject({ secretary: ['Sara Holm'], chair: ['Olle Bergman'], adjusters: ['Mira Oden'] });
  });
});
