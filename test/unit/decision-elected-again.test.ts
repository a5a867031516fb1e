// A re-election written with the particle (`Bo Ek och Siv Al valdes om på ett år.`, `Valberedningen, Eva Ås
// och Per Lid, väljs om.`), as annual minutes write it: a decision, as `omvaldes` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const annual = (...points: string[]) => meetingDoc(text('Protokoll från årsmötet den 14 mars 2024', '', ...points, '', '§ 9. Mötet avslutades.'));

describe('elected again with the particle', () => {
  it('under the point’s heading', () => {
    const doc = annual('§ 5. Val av revisorer', 'Revisorerna Bo Ek och Siv Al samt suppleanten Ivar Dal valdes om på ett år.');
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Revisorerna Bo Ek och Siv Al samt suppleanten Ivar Dal valdes om på ett år.']);
  });

  it('the whole point on its line', () => {
    const doc = annual('§ 6. Valberedningen, Eva Ås och Per Lid, väljs om.');
    expect(item(doc, 6).decisions.map((d) => d.text)).toEqual(['Valberedningen, Eva Ås och Per Lid, väljs om.']);
  });

  it('not a question of whom to elect', () => {
    const doc = annual('§ 5. Val av revisorer', 'Frågan om vilka som väljs om diskuterades.');
    expect(item(doc, 5).decisions).toEqual([]);
  });
});
