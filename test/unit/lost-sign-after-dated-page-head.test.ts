// A transcript of minutes that lost its § signs, each page opening with its running head: the organ's name,
// the meeting's date and the page's own number, bare (`Miljönämnden 2024-03-12 3`), run on with the number of
// the § the page opens and its title (`… 2024-03-12 3 41 Bygglov för förråd …`). The number after the page's is
// the §'s, as it is right after the date where the head prints no page number.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (n: number, p: number, title: string, decided: string): string =>
  `${p} Miljönämnden 2024-03-12 ${p} ${n} ${title} Beskrivning av ärendet Förvaltningen har berett ärendet. Miljönämndens beslut ${decided}\n\n`;

const text =
  'Storlek: px\n\nTranskript\n\n' +
  '1 Plats och tid Kommunhuset, kl 18.30-20.30 Beslutande Enligt bilagd förteckning. Utses att justera Eva Ek och Bo Alm ' +
  'Justerade paragrafer 40-42 Underskrifter Sekreterare Nils Berg Ordförande Kajsa Holm\n\n' +
  page(40, 2, 'Val av justerare', 'Eva Ek och Bo Alm utses att justera protokollet.') +
  page(41, 3, 'Bygglov för förråd på Ekbacken 1:2', 'Bygglov beviljas.') +
  page(42, 4, 'Delegationsbeslut', 'Redovisningen läggs till handlingarna.');

describe('a lost § after a page head of the organ, the date and the page number', () => {
  it('opens the § the number after the page number names', () => {
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [40, 'Val av justerare'],
      [41, 'Bygglov för förråd på Ekbacken 1:2'],
      [42, 'Delegationsbeslut'],
    ]);
  });
});
