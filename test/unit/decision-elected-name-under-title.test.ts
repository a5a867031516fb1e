// An election point whose body is the elected alone (`2. Val av justeringsperson` / `Eva Lind`), as association
// board minutes write their standing points: the name is the point's decision, as `Val av justerare: Eva Lind`
// would be. Not in a notice, and not where the body says more than names. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...points: string[]) =>
  meetingDoc(text('Protokoll styrelsemöte 2023-09-12', '', 'Närvarande: Eva Lind, Olof Berg, Sara Hed', '', '1. Mötets öppnande', 'Ordförande Olof Berg öppnade mötet', '', ...points, '', '9. Mötets avslutande', 'Ordföranden avslutade mötet'));

describe('the elected alone under an election point', () => {
  it('one name', () => {
    const doc = board('2. Val av justeringsperson', 'Eva Lind');
    expect(item(doc, 2).decisions).toEqual([{ text: 'Eva Lind', by: null, line: 9 }]);
  });

  it('a name and its party', () => {
    const doc = board('2. Val av justerare', 'Sara Hed (C)');
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Sara Hed (C)']);
  });

  it('another office', () => {
    const doc = board('3. Val av sekreterare för mötet', 'Sara Hed');
    expect(item(doc, 3).decisions.map((d) => d.text)).toEqual(['Sara Hed']);
  });

  it('not a reference under the point', () => {
    const doc = board('2. Val av justeringsperson', 'Se bilaga 2');
    expect(item(doc, 2).decisions).toEqual([]);
  });

  it('not names under a point that elects no one', () => {
    const doc = board('4. Rapport från kansliet', 'Olof Berg');
    expect(item(doc, 4).decisions).toEqual([]);
  });

  it('not in a notice', () => {
    const doc = meetingDoc(text('Kallelse till styrelsemöte 2023-09-12', '', '1. Mötets öppnande', '', '2. Val av justeringsperson', 'Eva Lind', '', '3. Mötets avslutande'));
    expect(item(doc, 2).decisions).toEqual([]);
  });
});
