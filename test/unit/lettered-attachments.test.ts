// Attachments labelled by letters (`Bilaga A Resultaträkning`, `(bilaga A)`, `bilaga B–D`,
// `(bil. E och F)`), a list of `Bilaga …` lines joined into one paragraph, and a lettered list
// under a `Bilagor` heading (`a) Budget 2026` / `b) Verksamhetsplan`, or `Bilagor: a) PM, b) …` on one
// line): each names an attachment.
// A word that only starts with a letter (`bil. e-post`, `bilagan`) names none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { attachmentsIn, expandAttachments, readTitle } from '../../src/parse/items/title.js';

describe('lettered attachments', () => {
  it('are read from a title`s bracket or suffix', () => {
    expect(readTitle('Budget 2026 (bilaga A)')).toMatchObject({ title: 'Budget 2026', attachments: ['A'] });
    expect(readTitle('Årsredovisning, bilaga B–D')).toMatchObject({ title: 'Årsredovisning', attachments: ['B', 'C', 'D'] });
    expect(readTitle('Revision (bil. E och F)')).toMatchObject({ title: 'Revision', attachments: ['E', 'F'] });
    expect(readTitle('Information om e-post')).toMatchObject({ title: 'Information om e-post', attachments: [] });
  });

  it('expand a range of letters', () => {
    expect(expandAttachments('A–C')).toEqual(['A', 'B', 'C']);
  });

  it('are read from lines of their own, joined or not', () => {
    expect(attachmentsIn('Styrelsen godkänner rapporten.\n\nBilaga A Resultaträkning Bilaga B Balansräkning')).toEqual(['A', 'B']);
    expect(attachmentsIn('Bilaga 1 Budget 2026 Bilaga 2 Verksamhetsplan')).toEqual(['1', '2']);
    expect(attachmentsIn('Kansliet skickar bilagan till medlemmarna.')).toEqual([]);
  });

  it('are the letters of a list under a Bilagor heading', () => {
    expect(attachmentsIn('Styrelsen fastställer budgeten.\n\nBilagor\n\na) Budget 2026 b) Verksamhetsplan 2026')).toEqual(['a', 'b']);
    expect(attachmentsIn('Förslaget omfattar\n\na) Budget 2026 b) Verksamhetsplan 2026')).toEqual([]);
    expect(attachmentsIn('Information om insatsen. Bilagor: a) PM, b) Förslag till avtal, c) Budget')).toEqual(['a', 'b', 'c']);
  });
});
