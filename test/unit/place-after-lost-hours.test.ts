// The title sentence of a förbund's minutes that gives the day, `kl` and the place, the hours lost by the transcript
// (`… sammanträde fredag 9 mars 2001, kl Kommunalhuset, Ekby`, `…, kl , på Strandhotellet i Åby`) or printed without a
// comma before the place (`…, kl 08.30-11.30 Hotell Strand, Åby`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (title: string) =>
  meetingDoc(text(title, '', 'Ledamöter', 'Anna Ek (S), Åby, ordförande', 'Per Ås (M), Ekby', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'));

describe('the place after the day and a `kl` of the title sentence', () => {
  it('is read when the hours are lost', () => {
    const m = minutes('Protokoll från förbundsstyrelsens sammanträde Fredag 9 mars 2001, kl Kommunalhuset, Ekby').meeting!;
    expect([m.date, m.startTime, m.location]).toEqual(['2001-03-09', null, 'Kommunalhuset, Ekby']);
  });
  it('after a comma and a preposition', () => {
    expect(minutes('Protokoll från förbundsstyrelsens sammanträde fredag 14 september 2012, kl , på Strandhotellet i Åby').meeting!.location).toBe('Strandhotellet i Åby');
    expect(minutes('Protokoll från förbundsstyrelsens sammanträde torsdagen den 21 april 2005, kl , i Åby gymnasium, Åby kommun').meeting!.location).toBe('Åby gymnasium, Åby kommun');
  });
  it('after the hours with no comma', () => {
    const m = minutes('Protokoll från förbundsstyrelsens sammanträde Fredag 26 maj 2000, kl 08.30-11.30 Hotell Strand, Åby').meeting!;
    expect([m.startTime, m.endTime, m.location]).toEqual(['08:30', '11:30', 'Hotell Strand, Åby']);
  });
  it('not a list run on after the hours', () => {
    expect(minutes('Protokoll från förbundsstyrelsens sammanträde Fredag 26 maj 2000, kl 08.30-11.30').meeting!.location).toBeNull();
  });
});
