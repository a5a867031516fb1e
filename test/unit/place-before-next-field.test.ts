// The place's value runs on into the field after it: a label with its colon on the same flattened line
// (`Sammanträdesplats: Hotell Granen, Västerby Anmärkning: Sammanträdet ajournerades …`), and a notice's
// sentence of the day, the hours and the place whose next line is a heading over the members
// (`… kl. 15:00 i styrelsens sammanträdesrum` / `Ordinarie ledamöter`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Mötets laglighet och beslutförhet', 'Mötet konstateras lagligt sammankallat.', '', '§ 2 Budget', 'Styrelsen beslutar att fastställa budgeten.');

describe('a place that runs on into the next field', () => {
  it('ends before a label with its colon run on after it on the line', () => {
    const t = text(
      'Protokoll',
      'Sammanträdestid: Tisdag 4 mars 2025 kl. 13:00 Sammanträdesplats: Hotell Granen, Storgatan 4, Västerby Anmärkning: Sammanträdet ajournerades kl och återupptogs kl Närvarande/beslutande X Lind Anna, ordförande X Berg Olle',
      ITEMS,
    );
    expect(meetingDoc(t).meeting!.location).toBe('Hotell Granen, Storgatan 4, Västerby');
  });

  it('keeps a place whose label follows it with its colon (`Sal: B`) no less than it was', () => {
    const t = text('Protokoll', 'Plats: Kommunhuset, Västerby', 'Tid: Tisdag 4 mars 2025 kl. 13:00', ITEMS);
    expect(meetingDoc(t).meeting!.location).toBe('Kommunhuset, Västerby');
  });

  it('ends a sentence of the day, hours and place at its line when a heading stands on the next', () => {
    const t = text(
      'Möteskallelse',
      'Tisdagen den 3 mars 2025 kl. 15:00 i styrelsens sammanträdesrum',
      'Ordinarie ledamöter',
      'Anna Lind, ordförande',
      'Olle Berg, viceordförande',
      ITEMS,
    );
    expect(meetingDoc(t).meeting!.location).toBe('styrelsens sammanträdesrum');
  });

  it('still reads a sentence of the place that goes on on the next line', () => {
    const t = text(
      'Protokoll fört vid styrelsens sammanträde den 3 mars 2025 kl. 15.00–16.30 i förbundets lokaler,',
      'Fjällgatan 3, Västerby.',
      ITEMS,
    );
    expect(meetingDoc(t).meeting!.location).toBe('förbundets lokaler, Fjällgatan 3, Västerby');
  });
});
