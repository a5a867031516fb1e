// The label `Beslut` without its colon before what was decided, as a label in a column of its
// own or a paragraph run together puts it (`Beslut      Rapporten läggs till handlingarna.`,
// `Beslut Kommunstyrelsen beslutar att …`): the decision is what follows the label. A label
// before what decides nothing (`Beslut Kommunfullmäktige 2023-05-12 § 45`, a document listed)
// is none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', '',
    '§ 1 Rapport', 'Beslut      Rapporten läggs till handlingarna.', '',
    '§ 2 Val av justerare', 'Beslut Styrelsen beslutar att utse Lisa Dahl att jämte ordföranden justera protokollet.', '',
    '§ 3 Budget', 'Beslutsunderlag', 'Beslut Kommunfullmäktige 2023-05-12 § 45',
  ),
);

describe('the decision label without its colon', () => {
  it('leaves the label out of the decision', () => {
    expect(item(doc, 1).decisions.map((d) => d.text)).toEqual(['Rapporten läggs till handlingarna.']);
    expect(item(doc, 2).decisions.map((d) => [d.text, d.by])).toEqual([['Styrelsen beslutar att utse Lisa Dahl att jämte ordföranden justera protokollet.', 'Styrelsen']]);
  });

  it('reads no decision in a listed document (guard)', () => {
    expect(item(doc, 3).decisions).toEqual([]);
  });
});
