// The adjusters' phrase (`Sara Ek och Vera Dahl med Fia Borg som ersättare`) run on into the list of
// others present, its label lost in a transcript: the two adjust, and are no more people present.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text('PROTOKOLL', 'Kommunfullmäktige 2015-11-26', '', front, '', '§ 180 Val av justerare', 'Fullmäktige utser justerare.'));

describe('the adjusters’ phrase with a stand-in, run on into a list', () => {
  it('adjusts, and is cut off the list', () => {
    const d = doc('Tid och plats Stadshuset kl 18.00 Beslutande Se bilaga Övriga närvarande Ulla Berg, sekr Sara Ek Svensson och Vera Dahl med Fia Borg som ersättare Tid och plats för justering Torsdagen den 3 december kl 10.00');
    expect(d.participants.map((p) => `${p.name}|${p.position ?? ''}`)).toEqual(['Ulla Berg|sekreterare']);
    expect(d.signatures?.adjusters).toEqual(['Sara Ek Svensson', 'Vera Dahl']);
  });

  it('leaves the adjusters a label named alone', () => {
    const d = doc('Tid och plats Stadshuset kl 18.00 Beslutande Se bilaga Övriga närvarande Ulla Berg, sekr Sara Ek Svensson och Vera Dahl med Karin Borg som ersättare Justerande Karin Borg Vera Dahl');
    expect(d.participants.map((p) => p.name)).toEqual(['Ulla Berg']);
    expect(d.signatures?.adjusters).toEqual(['Karin Borg', 'Vera Dahl']);
  });
});
