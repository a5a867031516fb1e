// The anslag block of the common municipal template, whose two date labels are each broken over two lines and stand
// side by side (`Datum för` / `anslags uppsättande`, `Datum för` / `anslags nedtagande`): flattened, the first halves
// come on one line and the second halves with their dates on the next, with one space or a column gap between.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (dates: string): string => `PROTOKOLL
Utbildningsnämnden

Plats och tid Kommunhuset, Storgatan 4, Östby, kl 09.00-12.00

Beslutande Nils Holm (M), ordförande

Underskrift Sekreterare ......................... Paragrafer 17-19
Kari Berg

ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag

Organ Utbildningsnämnden

Sammanträdesdatum 2006-05-02

${dates}

Förvaringsplats
för protokollet Utbildningsnämndens kontor

§ 17 Val av justerare

Olof Lind utses att justera protokollet.
`;

describe('the anslag dates under labels broken side by side', () => {
  it('reads both dates when the row is flattened with single spaces', () => {
    const s = meetingDoc(minutes('Datum för Datum för\nanslags uppsättande 2006-05-11 anslags nedtagande 2006-06-01')).signatures;
    expect(s?.posted).toEqual({ from: '2006-05-11', to: '2006-06-01' });
  });

  it('reads both dates when the halves stand in columns', () => {
    const s = meetingDoc(minutes('Datum för                         Datum för\nanslags uppsättande 2006-05-11    anslags nedtagande 2006-06-01')).signatures;
    expect(s?.posted).toEqual({ from: '2006-05-11', to: '2006-06-01' });
    expect(s?.storedAt).toBe('Utbildningsnämndens kontor');
  });
});
