// A municipality's web page about its minutes (where they are posted, what they hold, how to read
// them) names `protokoll` in its sentences only, over no label, § or point: no minutes, `other`.
// Minutes whose title names them so, and that have a meeting's front page or §§, stay minutes.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe('pages about minutes', () => {
  it.each([
    [
      'Beslut och protokoll',
      'Beslut från nämnderna och kommunfullmäktige redovisas i protokoll.',
      'Ett justerat protokoll anslås på kommunens digitala anslagstavla och läggs ut på webbplatsen.',
    ],
    [
      'Så här läser du protokoll',
      'Enligt kommunallagen ska det föras protokoll vid nämndernas sammanträden.',
      'Vill du veta mer om ett ärende kan du kontakta nämndens sekreterare.',
    ],
  ])('`%s` is other', (...page) => {
    const docs = parseText(page.join('\n\n')).documents;
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });

  it('a title in sentence words over §§ is still minutes', () => {
    const minutes = ['Kommunstyrelsens protokoll', '', '§ 4 Val av justerare', 'Eva Ek utses att justera.', '', '§ 5 Budget', 'Kommunstyrelsen beslutar att anta budgeten.'];
    expect(parseText(minutes.join('\n')).documents.map((d) => d.kind)).toEqual(['minutes']);
  });
});
