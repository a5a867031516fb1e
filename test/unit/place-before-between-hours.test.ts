// A place written before the day and the hours `mellan kl 9.00-12.00` (between, with a dash rather than
// `och`): the hours' `mellan` goes with them and is no part of the place. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (placeAndTime: string) =>
  meetingDoc(text('SAMMANTRÄDESPROTOKOLL', 'Samordningsförbundet Ekbygd', placeAndTime, '', '§ 1 Val av justerare', 'Anna Ek väljs att justera.'));

describe('the hours between two times after the place', () => {
  it.each([
    'Plats och tid Strandhotellet Ekstad, onsdagen den 28 mars 2007 mellan kl 9.00-12.00',
    'Plats och tid Strandhotellet Ekstad, onsdagen den 28 mars 2007 mellan klockan 9.00–12.00',
    'Plats och tid Strandhotellet Ekstad, onsdagen den 28 mars 2007 mellan kl 9.00 och 12.00',
  ])('%s', (line) => {
    expect(minutes(line).meeting).toMatchObject({ date: '2007-03-28', startTime: '09:00', endTime: '12:00', location: 'Strandhotellet Ekstad' });
  });
});
