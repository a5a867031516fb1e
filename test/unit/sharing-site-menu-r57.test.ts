// A document-sharing site's menu and buttons around its viewer (`Home` / `Documents` / `Upload` / `Sign in` / `View` /
// `Download` / `Report` / `Share` / `Embed`), one a line above the document: the site's wrapper, no item and no text of
// one; the site's title of the document between its menu and its buttons is no heading of the document either.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const MENU = ['Home', 'Documents'];
const BUTTONS = ['Upload', 'Sign in', 'View', '245', 'Download', '0', 'Report', 'Share', 'Embed'];
const CHROME = /\b(?:Upload|Sign in|Download|Embed|Share|Report)\b/u;

describe("a sharing site's menu and buttons", () => {
  it('open no item in notes whose points are unnumbered headings', () => {
    const text = [
      ...MENU,
      'Minnesanteckningar styrelsemöte 2019-03-04',
      'of 3',
      ...BUTTONS,
      'Minnesanteckningar',
      'Styrelsen för Samordningsförbundet Älvdalen',
      'Datum: 2019-03-04',
      '',
      'Närvarande: Kim Lund, Bo Ek',
      '',
      'Ekonomi',
      'Kassören redogjorde för ekonomin.',
      '',
      'Verksamhetsplan',
      'Styrelsen diskuterade verksamhetsplanen.',
    ].join('\n');
    const items = parseText(text).documents.flatMap((d) => d.items);
    expect(items.some((i) => i.title.startsWith('Minnesanteckningar styrelsemöte'))).toBe(false);
    expect(items.some((i) => CHROME.test(i.text))).toBe(false);
  });

  it("leave a protocol's §§ as they are, the buttons in no §'s text", () => {
    const text = [
      ...MENU,
      'Protokoll styrelsen 2019-03-04',
      ...BUTTONS,
      'PROTOKOLL',
      'Styrelsen för Samordningsförbundet Älvdalen',
      'Datum: 2019-03-04',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      '§ 2 Ekonomi',
      'Rapporten lades till handlingarna.',
    ].join('\n');
    const docs = parseText(text).documents;
    const items = docs.flatMap((d) => d.items);
    expect(items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Ekonomi'],
    ]);
    expect(items.some((i) => CHROME.test(i.text))).toBe(false);
    expect(docs[0]!.meeting?.date).toBe('2019-03-04');
  });
});
