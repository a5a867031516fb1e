// Åland and Finland-Swedish minutes print the kommundirektör's proposal under `FÖRSLAG:` and the decision under
// `BESLUT:`, as often as not `Enligt förslag.`. A transcript runs both on inside the § page's line, after the title in
// capitals and the organ's name and number; a flattened page may lose the `BESLUT:` label with its column. The
// proposal is the item's proposal (no decision), the sentence that decides as proposed its decision. A proposal's label
// after a genitive (`Ordförandens förslag:`) ends the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const read = (text: string) => meetingDoc(text).items.map((it) => [it.number, it.title, it.proposal, it.decisions.map((d) => d.text)]);

describe('a proposal under `FÖRSLAG:` and the decision as proposed', () => {
  it('reads a transcript whose § page runs on, the decision with its label or without it', () => {
    const text = [
      'Transkript',
      '1 SAMMANTRÄDESPROTOKOLL Nr. 7 Plats och tid Kommunkansliet tisdagen kl 17.00 Beslutande Ann Holm ordförande Per Ås ledamot',
      '2 1 KS 88 KALLELSE OCH BESLUTFÖRHET Kommunstyrelse 88 FÖRSLAG: Mötet konstateras lagenligt sammankallat och beslutfört. Enligt förslag.',
      '3 2 KS 89 ANHÅLLAN OM BIDRAG Kommunstyrelse 89 Byalaget har anhållit om bidrag för en ny brygga. FÖRSLAG: Kommunstyrelsen beviljar ett bidrag om 2 000 euro. BESLUT: Enligt förslag.',
      '4 3 KS 90 DELGIVNINGAR Kommunstyrelse 90 FÖRSLAG: Delgivningarna antecknas. Enligt förslaget.',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [88, 'KALLELSE OCH BESLUTFÖRHET', 'Mötet konstateras lagenligt sammankallat och beslutfört.', ['Enligt förslag.']],
      [89, 'ANHÅLLAN OM BIDRAG', 'Kommunstyrelsen beviljar ett bidrag om 2 000 euro.', ['Enligt förslag.']],
      [90, 'DELGIVNINGAR', 'Delgivningarna antecknas.', ['Enligt förslaget.']],
    ]);
  });

  it('reads the label in capitals on the line of its text, the decision in a paragraph of its own', () => {
    const text = [
      'SKÄRBY KOMMUN',
      'KOMMUNSTYRELSEN',
      'SAMMANTRÄDESPROTOKOLL Nr 3/2020',
      'Tid: måndagen den 9 mars 2020 kl. 18.00–19.40',
      '',
      '§ 21',
      'VAL AV PROTOKOLLJUSTERARE',
      'KOMMUNDIREKTÖRENS FÖRSLAG: Till protokolljusterare utses Kim Blad och Jonna Ek.',
      '',
      'Enligt förslag.',
      '',
      '§ 22',
      'SKOLSKJUTSAR',
      'FÖRSLAG: Kommunstyrelsen godkänner avtalet om skolskjutsar.',
      'BESLUT: Kommunstyrelsen beslöt att bordlägga ärendet.',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      [21, 'VAL AV PROTOKOLLJUSTERARE', 'Till protokolljusterare utses Kim Blad och Jonna Ek.', ['Enligt förslag.']],
      [22, 'SKOLSKJUTSAR', 'Kommunstyrelsen godkänner avtalet om skolskjutsar.', ['Kommunstyrelsen beslöt att bordlägga ärendet.']],
    ]);
  });

  it('takes no `Enligt förslag.` for a decision where no proposal was read', () => {
    const text = 'Protokoll\nStyrelsen 2020-05-04\n\n§ 4 Budget\nStyrelsen diskuterar budgeten.\n\nEnligt förslag.\n';
    expect(read(text)[0]![3]).toEqual([]);
  });

  it('ends a run-on title at a proposal label after a genitive', () => {
    const text = 'PROTOKOLL\nStyrelsen för Norrviks vattenandelslag\nTid: 12.3.2021 kl. 18.00\n§ 6 Avgifter Ordförandens förslag: Anslutningsavgiften höjs till 900 euro. Beslut: Förslaget godkändes.\n§ 7 Nästa möte Beslutsförslag: Nästa möte hålls den 20.4.2021. Beslut: Enligt förslag.\n';
    expect(read(text)).toEqual([
      [6, 'Avgifter', 'Anslutningsavgiften höjs till 900 euro.', ['Förslaget godkändes.']],
      [7, 'Nästa möte', 'Nästa möte hålls den 20.4.2021.', ['Enligt förslag.']],
    ]);
  });
});
