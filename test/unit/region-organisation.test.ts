// Regions and county councils as the meeting's organisation: a letterhead that names the region
// in one word (`VÄSTRA GÖTALANDSREGIONEN`, as the one region styled so writes itself), the
// organ of the anslag block that names its county council (`Organ Ekby läns landstingsstyrelse`),
// and a county council's name in capitals (`EKBY LÄNS LANDSTING`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const notes = (letterhead: string): string =>
  [
    `${letterhead}                    ANTECKNINGAR`,
    'BEREDNINGSGRUPPEN FÖR HÄLSA',
    'Sammanträde 2019-03-12 kl 10.00-12.00',
    'Plats: Regionens hus, Ekby',
    'NÄRVARANDE',
    'Karin Alm, ordförande',
    'Olle Brink',
    '',
    '1. Mötets öppnande',
    'Ordföranden öppnade mötet.',
    '',
  ].join('\n');

const minutesOfOrgan = (organ: string): string =>
  [
    'SAMMANTRÄDESPROTOKOLL 1 (9)',
    'Plats och tid Sessionssalen, Ekby, den 12 mars 2004 kl 09.00',
    'Beslutande Maja Lind Olle Sand Per Ås',
    'Övriga deltagande Karin Alm',
    'Utses att justera Olle Sand',
    'Underskrifter Sekreterare Karin Alm Paragrafer 1-3',
    'Ordförande Maja Lind',
    'Justerande Olle Sand',
    'BEVIS Justeringen har tillkännagivits genom anslag',
    `Organ ${organ}`,
    'Sammanträdesdatum 2004-03-12',
    '',
    '§ 1 Budget',
    'Landstingsstyrelsen godkänner budgeten.',
    '',
  ].join('\n');

describe("a region's or county council's name as the organisation", () => {
  it('reads a region named in one word in the letterhead, in capitals or not', () => {
    expect(meetingDoc(notes('VÄSTRA GÖTALANDSREGIONEN')).meeting?.organisation).toBe('Västra Götalandsregionen');
    expect(meetingDoc(notes('Norra Ekbyregionen')).meeting?.organisation).toBe('Norra Ekbyregionen');
  });

  it('keeps a county council in capitals in the case Swedish writes it', () => {
    expect(meetingDoc(notes('EKBY LÄNS LANDSTING')).meeting?.organisation).toBe('Ekby läns landsting');
  });

  it("reads the county council from the organ the anslag block names", () => {
    const doc = meetingDoc(minutesOfOrgan('Ekby läns landstingsstyrelse'));
    expect(doc.meeting?.organisation).toBe('Ekby läns landsting');
    expect(doc.meeting?.body).toBe('landstingsstyrelse');
  });

  it('reads a town from its organ there too', () => {
    expect(meetingDoc(minutesOfOrgan('Ekby kommunstyrelse')).meeting?.organisation).toBe('Ekby kommun');
  });

  it('takes no region the letterhead only mentions in its text (a guard)', () => {
    expect(meetingDoc(notes('Hälsa i regionen')).meeting?.organisation).toBeNull();
  });
});
