// A form's list of others left empty, its heading flattened with the next rows' labels
// (`Övriga` / `Justerande` over one name, or `Övriga Justering Justerande Plats och tid Pär Johns (L)`
// on one line): the name is the adjuster's, and nobody is listed under `Övriga`.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = ['PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2015-09-08', 'Plats och tid Sessionssalen, rådhuset kl. 13:00-16:20'];
const lists = ['Beslutande Ledamöter Ola Vik (S), Kurt Holm (M), Pär Johns (L) och Nils Eng (C).', 'Tjänstemän Kommunsekreterare Lisa Mark'];
const tail = ['Paragrafer 40-41', 'Underskrifter Sekreterare Lisa Mark', 'Ordförande Ola Vik (S)', 'Justerande Pär Johns (L)', '', '§ 40 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 41 Budget', 'Kommunstyrelsen beslutar att godkänna budgeten.'];
const people = (doc: ReturnType<typeof meetingDoc>): string[][] => doc.participants.map((p) => [p.name, p.roleLabel]);
const expected = [
  ['Ola Vik', 'Ledamöter'], ['Kurt Holm', 'Ledamöter'], ['Pär Johns', 'Ledamöter'], ['Nils Eng', 'Ledamöter'], ['Lisa Mark', 'Tjänstemän'],
];

describe('a list left empty before the adjuster', () => {
  it('gives the name under the labels to the adjuster, not to the list', () => {
    const doc = meetingDoc(text(...head, ...lists, 'Övriga', 'Justerare', 'Pär Johns (L)', ...tail));
    expect(people(doc)).toEqual(expected);
    expect(doc.signatures?.adjusters).toEqual(['Pär Johns']);
  });

  it('reads the labels run on after the heading on one line as labels', () => {
    const doc = meetingDoc(text(...head, ...lists, 'Övriga Justering Justerande Plats och tid Pär Johns (L)', ...tail));
    expect(people(doc)).toEqual(expected);
    expect(doc.signatures?.adjusters).toEqual(['Pär Johns']);
  });
});
