// The protocol's number after a capitalised `Nr` standing as a word of its own, where no title word
// is right before it: at the end of a title (`Protokoll vid AU-sammanträde Strandhotellet, Ekby Nr 4/19`)
// or opening a page whose header was flattened onto one line (`Nr. 21 Plats och tid Kommunkansliet …`),
// as Åland municipalities and small förbund head their minutes. Not a case number (`Dnr 2019/12`),
// nor an organisation number, nor `nr` in the prose of a line. Every name, number and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...head: string[]) => meetingDoc(text(...head, '', '§ 55 Val av justerare', 'Anna Ek väljs att justera.'));

describe('a number after a capitalised Nr', () => {
  it('ends a title', () => {
    expect(minutes('Protokoll vid AU-sammanträde Strandhotellet, Ekby Nr 4/19', 'Närvarande: Anna Ek, Per Ås').meeting?.number).toBe('4/19');
  });
  it('opens a page flattened onto one line', () => {
    expect(minutes('Nr. 21 Plats och tid Kommunkansliet tisdagen 5.3.2019 kl 17.00 Beslutande Anna Ek Per Ås').meeting?.number).toBe('21');
    expect(minutes('Nr 21', 'Plats och tid Kommunkansliet tisdagen 5.3.2019 kl 17.00').meeting?.number).toBe('21');
  });
  it.each([
    ['Dnr 2019/12', 'Plats och tid Kommunkansliet tisdagen 5.3.2019 kl 17.00'],
    ['Ekby kommun Org.nr 212000-1234', 'Plats och tid Kommunkansliet tisdagen 5.3.2019 kl 17.00'],
    ['Beslut om ärende nr 5', 'Plats och tid Kommunkansliet tisdagen 5.3.2019 kl 17.00'],
  ])('is not read from %s', (...head) => {
    expect(minutes(...head).meeting?.number).toBeNull();
  });
});
