// Notes that number their points with a colon (`1: Mötets öppnande`), flattened into one line: the points are cut
// at their numbers, so the numbered list inside a point's text (`4: Strategi … 1. Syftet 2. Bakgrund …`) stays that
// point's text and is read as no items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const NOTES = [
  'Minnesanteckningar från beredningsgruppens möte 2025-04-09',
  'Tid: 09.00-11.00',
  'Plats: Kommunhuset, Lidby',
  'Närvarande: Maja Holm, Sven Ahl, Tove Rask',
  '1: Mötets öppnande',
  'Ordföranden hälsade välkommen.',
  '2: Föregående minnesanteckningar',
  'Lades till handlingarna.',
  '3: Ekonomi',
  'Förbundschefen redovisade utfallet till och med mars.',
  '4: Strategi för psykisk hälsa',
  'Tove Rask presenterade utkastet. Strategin har följande upplägg:',
  '1. Syftet med strategin',
  '2. Bakgrund',
  '3. Mål och inriktning',
  '4. Uppföljning',
  'Gruppen diskuterade utkastet.',
  '5: Övriga frågor',
  'Inga övriga frågor.',
];
const TITLES = [
  [1, 'Mötets öppnande'],
  [2, 'Föregående minnesanteckningar'],
  [3, 'Ekonomi'],
  [4, 'Strategi för psykisk hälsa'],
  [5, 'Övriga frågor'],
];

describe('points numbered with a colon', () => {
  it('are the items on lines of their own, the list inside point 4 its text', () => {
    const doc = meetingDoc(NOTES.join('\n'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(TITLES);
    expect(item(doc, 4).text).toContain('1. Syftet med strategin');
  });

  it('are the items where the notes are run on in one line', () => {
    const doc = meetingDoc(NOTES.join(' '));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(TITLES);
    expect(item(doc, 4).text).toContain('Syftet med strategin');
  });

  it('are the items with a numbered list of sentences inside one, as another group writes its notes', () => {
    const doc = meetingDoc(
      'Anteckningar styrgruppen Samordningsförbundet Västmark 2025-01-22 Närvarande: Per Lund, Eva Sten 1: Välkommen och presentation Per Lund hälsade alla välkomna. 2: Lägesrapport insatserna Eva Sten rapporterade följande. 1. Steget har tolv deltagare. 2. Jobbspåret startar i mars. 3. Unga vuxna väntar på beslut. 3: Nästa möte Nästa möte hålls den 19 februari.',
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Välkommen och presentation'],
      [2, 'Lägesrapport insatserna'],
      [3, 'Nästa möte'],
    ]);
  });

  it('a number with a colon that starts no run cuts nothing', () => {
    const doc = meetingDoc(
      'Dagordning styrelsen 2025-03-12 1. Mötets öppnande 2. Val av justerare 3. Budget enligt Bilaga 1: Driftbudget och investeringar 4. Övriga frågor',
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(item(doc, 3).title).toContain('Budget');
  });
});
