// An agenda whose points lost their numbers: one point a line under its heading, or all of them run on in one line.
// Where the list is clearly an agenda (its heading, short titles, the standing points of a meeting), the points are
// read in order and numbered 1... Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('an agenda whose points lost their numbers', () => {
  it('reads one point a line, a blank line apart, under `Föredragningslista:`, and ends the list at its closing point', () => {
    const doc = meetingDoc(
      text(
        'Kallelse till sammanträde',
        'Tekniska nämnden, Bergsviks kommun',
        'Dag och tid: Måndag 2025-09-15 kl. 13.30',
        'Lokal: Stadshuset, rum Forsen',
        '',
        'Föredragningslista:',
        '',
        'Sammanträdets öppnande',
        '',
        'Val av protokolljusterare',
        '',
        'Ny taxa för felparkering',
        '',
        'Upphandling av vinterväghållning',
        '',
        'Sammanträdets avslutande',
        '',
        'Välkomna!',
        '',
        'Mikael Strand',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Sammanträdets öppnande'],
      [2, 'Val av protokolljusterare'],
      [3, 'Ny taxa för felparkering'],
      [4, 'Upphandling av vinterväghållning'],
      [5, 'Sammanträdets avslutande'],
    ]);
  });

  it('cuts the points run on after the heading in one line, the unknown titles between the known ones', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar från styrgruppen för Ådalens kulturnätverk',
        'Datum: 2024-04-03',
        'Dagordning: Mötets öppnande Val av justeringsperson Verksamhetsplan för sommaren Ekonomisk lägesrapport Övriga frågor Mötets avslutande',
        '',
        'Närvarande: Hanna Björkqvist, Per Lindroos, Saga Enholm',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justeringsperson'],
      [3, 'Verksamhetsplan för sommaren'],
      [4, 'Ekonomisk lägesrapport'],
      [5, 'Övriga frågor'],
      [6, 'Mötets avslutande'],
    ]);
  });

  it('reads a tight list under `Dagordning` in another order of the standing points, the closing line of the notice none of them', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Pensionärsrådet i Norrstrands kommun',
        'Tid: 2025-11-04 kl. 10.00',
        'Plats: Träffpunkten, Norrstrand',
        '',
        'Dagordning',
        'Upprop',
        'Fastställande av dagordningen',
        'Information om hemtjänstens nya nattpatrull',
        'Föregående protokoll',
        'Nästa sammanträde',
        'Anmäl förhinder till sekreteraren senast dagen före',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Upprop'],
      [2, 'Fastställande av dagordningen'],
      [3, 'Information om hemtjänstens nya nattpatrull'],
      [4, 'Föregående protokoll'],
      [5, 'Nästa sammanträde'],
    ]);
  });
});
