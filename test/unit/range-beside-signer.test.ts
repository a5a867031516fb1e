// The `Underskrifter` grid with the declared range in the cell beside the secretary's label
// (`Sekreterare ........   Paragrafer 10-12`) and each signer's name under the label: the range
// stands between the label and its name, and must not push the names onto the next labels.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['SAMMANTRÄDESPROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2019-04-11', '', 'Plats och tid Socialkontoret, kl 09.00-12.00', 'Beslutande Anna Ek (S), ordförande', 'Bo Lind (M)', 'Karin Ås (C)', ''];
const ITEMS = ['', '§ 10 Mötets öppnande', 'Ordföranden öppnar mötet.'];

describe('the range beside the secretary’s label', () => {
  it('leaves each name under its label', () => {
    const doc = meetingDoc(
      text(...HEAD, 'Underskrifter', 'Sekreterare ........................ Paragrafer 10-12', 'Maja Holm', 'Ordförande ........................', 'Anna Ek', 'Justerande ........................', 'Karin Ås', ...ITEMS),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Maja Holm'], adjusters: ['Karin Ås'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 10, to: 12 });
  });

  it('leaves the labels in a run when the names follow them all', () => {
    const doc = meetingDoc(
      text(...HEAD, 'Underskrifter Sekreterare ........ Paragrafer 10-12', 'Ordförande ........', 'Justerande ........', 'Maja Holm', 'Anna Ek', 'Karin Ås', ...ITEMS),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Maja Holm'], adjusters: ['Karin Ås'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 10, to: 12 });
  });
});

// A transcript's flattened grid: the leader glued to the secretary's label and the name run on
// after the range (`Sekreterare... Paragrafer 10-12 Maja Holm`), or after a range the
// transcript lost (`Sekreterare... Paragrafer Maja Holm`).
describe('the secretary’s name run on after the range beside the label', () => {
  it('is the secretary’s, the range still the paragraphs’', () => {
    const doc = meetingDoc(
      text(...HEAD, 'Utses att justera Karin Ås (C) Underskrifter Sekreterare... Paragrafer 10-12 Maja Holm Ordförande... Anna Ek Justerande... Karin Ås', ...ITEMS),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Maja Holm'], adjusters: ['Karin Ås'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 10, to: 12 });
  });

  it('is the secretary’s when the range was lost', () => {
    const doc = meetingDoc(
      text(...HEAD, 'Utses att justera Karin Ås (C) Justeringens plats och tid Socialkontoret 2019-04-15 Underskrifter Sekreterare... Paragrafer Maja Holm Ordförande... Anna Ek Justerande... Karin Ås', ...ITEMS),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Maja Holm'], adjusters: ['Karin Ås'] });
  });
});
