// A list of who came with each person's organisation alone on the line under the name
// (`Per Holm` / `Försäkringskassan` / `Sara Lind` / `Arbetsförmedlingen`), as notes write it:
// each organisation is the person's above it, the last one's too. A list that opens with an
// organisation keeps reading it as the heading of the people under it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (...list: string[]): string =>
  text(
    'MINNESANTECKNINGAR',
    'Beredningsgruppen, Samordningsförbundet Västerslätt',
    '2024-02-06, kl 13.00-15.00, via Teams',
    '',
    'Närvarande',
    ...list,
    '',
    '1. Mötets öppnande',
    'Tora Dal hälsade välkommen.',
  );

const orgs = (t: string): [string, string | null][] => meetingDoc(t).participants.map((p) => [p.name, p.organisation]);

describe('an organisation alone under each name', () => {
  it('is that person’s, down to the last', () => {
    const t = notes('Tora Dal', 'Försäkringskassan', 'Sune Alm', 'Arbetsförmedlingen', 'Vera Ljung', 'Region Västerslätt', 'Otto Rygh', 'Östby kommun');
    expect(orgs(t)).toEqual([
      ['Tora Dal', 'Försäkringskassan'],
      ['Sune Alm', 'Arbetsförmedlingen'],
      ['Vera Ljung', 'Region Västerslätt'],
      ['Otto Rygh', 'Östby kommun'],
    ]);
  });

  it('still heads the people under it when the list opens with it', () => {
    const t = notes('Försäkringskassan', 'Tora Dal', 'Sune Alm', 'Arbetsförmedlingen', 'Vera Ljung');
    expect(orgs(t)).toEqual([
      ['Tora Dal', 'Försäkringskassan'],
      ['Sune Alm', 'Försäkringskassan'],
      ['Vera Ljung', 'Arbetsförmedlingen'],
    ]);
  });
});
