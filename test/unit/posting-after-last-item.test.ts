// Minutes that close with their anslag in a sentence or labelled dates after the last §'s text,
// no `ANSLAG/BEVIS` heading parting them from that §: the posting facts are the minutes' own.
// A posting sentence inside a § that more text follows stays the §'s. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (close: string): string => `PROTOKOLL
Kommunstyrelsen, Östby kommun
Sammanträdesdatum 2024-02-20
Plats och tid: Kommunhuset, kl 13.00-15.00

Beslutande: Anna Ek (S), ordförande, Bo Lind (M), Eva Sund (C)

Sekreterare: Karin Alm

§ 1 Val av justerare
Bo Lind utses att justera protokollet.

§ 2 Budget
Kommunstyrelsen beslutar att godkänna budgeten.

${close}
`;

describe('posting facts after the last §', () => {
  it('reads a sentence with the posting range', () => {
    const s = meetingDoc(minutes('Protokollet har anslagits på kommunens digitala anslagstavla 2024-02-28 – 2024-03-21.')).signatures;
    expect(s?.posted).toEqual({ from: '2024-02-28', to: '2024-03-21' });
  });

  it('reads labelled dates, the adjustment day on a line of its own', () => {
    const s = meetingDoc(minutes('Justeringsdatum: 2024-02-27\nAnslaget sätts upp: 2024-02-28   Anslaget tas ned: 2024-03-21')).signatures;
    expect(s).toMatchObject({ adjustedOn: '2024-02-27', posted: { from: '2024-02-28', to: '2024-03-21' } });
  });

  it('reads a Finnish-Swedish attestation with dotted dates', () => {
    const s = meetingDoc(minutes('Intygas: Protokollet har varit anslaget under tiden 28.2.2024–21.3.2024.')).signatures;
    expect(s?.posted).toEqual({ from: '2024-02-28', to: '2024-03-21' });
  });

  it('leaves a posting sentence that more of the § follows to the §', () => {
    const doc = meetingDoc(minutes('Beslutet anslås på anslagstavlan 2024-02-28.\n\nÄrendet har beretts av ekonomienheten.'));
    expect(doc.signatures?.posted ?? null).toBeNull();
  });
});
