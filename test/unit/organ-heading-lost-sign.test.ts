// Minutes whose PDF lost every § sign of headings written with the organ's letters (`KF § 67`
// → `KF 67`), the number alone on its line and the title under it, after a contents list
// that names the same headings (`KF 67 Val av justerare ... 2`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const FRONT = ['SAMMANTRÄDESPROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2024-06-17', '', 'Beslutande', 'Sara Blom (S), ordförande', 'Nils Hed (M)', ''];
const ITEMS = [
  '\fKF 67', 'Val av justerare', 'Nils Hed väljs att justera protokollet.', '',
  '\fKF 68 Dnr KS 2024/45', 'Årsredovisning 2023', 'Kommunfullmäktige godkänner årsredovisningen.', '',
  '\fKF 69', 'Avsägelser', 'Kommunfullmäktige beviljar avsägelserna.', '',
];

describe("an organ's heading whose § was lost, alone on its line", () => {
  it('opens an item, after a contents list of the same headings', () => {
    const doc = meetingDoc([...FRONT, 'Innehållsförteckning', 'KF 67 Val av justerare ... 2', 'KF 68 Årsredovisning 2023 ... 3', 'KF 69 Avsägelser ... 4', '', ...ITEMS].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [67, 'Val av justerare'],
      [68, 'Årsredovisning 2023'],
      [69, 'Avsägelser'],
    ]);
    expect(item(doc, 69).text).toBe('Kommunfullmäktige beviljar avsägelserna.');
  });

  it('opens an item without a contents list', () => {
    const doc = meetingDoc([...FRONT, ...ITEMS].join('\n'));
    expect(doc.items.map((it) => it.number)).toEqual([67, 68, 69]);
    expect(item(doc, 67).text).toBe('Nils Hed väljs att justera protokollet.');
  });
});
