// Swedish-language Finnish minutes whose signing grid held the signatures in its right column, as a sharing site's
// transcript flattened it (seen at three towns' councils and boards): the chair's and the secretary's labels alone one a line, their
// names after the adjusting's label around its place and day (or its `Tid` left blank), the adjusters in the posting's
// rows beside the certifier. The names went to the wrong roles or nowhere. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['§ 41 Laglighet och beslutförhet', 'Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.', '§ 42 Budget 2024', 'Kommunstyrelsen godkänner budgeten.'];

const minutes = (...signing: string[]) =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL Nr 4/2021',
      'Sammanträdestid Måndagen den 3 maj 2021, kl. 18:00-20:10',
      'Sammanträdesplats Kommungården',
      'Beslutande: Lund, Eva Ek, Bo Strand, Karin Holm, Dan Berg, Ulla',
      'Övriga närvarande: Sten, Lars kommunsekreterare',
      'Paragrafer: 41-42',
      ...signing,
      '',
      ...ITEMS,
    ),
  );

describe('signers of a grid whose right column held the signatures', () => {
  it('`Ordförande:` / `Protokollförare:` / `Protokolljustering plats och tid: Eva Lund Åby, den 5 maj 2021 Lars Sten`', () => {
    const s = minutes(
      'Underskrifter:',
      'Ordförande:',
      'Protokollförare:',
      'Protokolljustering plats och tid: Eva Lund Åby, den 5 maj 2021 Lars Sten',
      'Protokollet framlagt till påseende, plats och tid:',
      'Intygar, underskrift, tjänsteställning Karin Strand Åby, den 10 maj 2021 Lars Sten, kommunsekreterare Dan Holm',
    ).signatures;
    expect([s?.chair, s?.secretary, s?.adjusters, s?.adjustedOn]).toEqual([['Eva Lund'], ['Lars Sten'], ['Karin Strand', 'Dan Holm'], '2021-05-05']);
  });

  it('`PROTOKOLLET HAR JUSTERATS Eva Lund Tid Lars Sten`: the day left blank between the two names', () => {
    const s = minutes(
      'UNDERSKRIFT',
      'Ordförande',
      'Protokollförare',
      'PROTOKOLLET HAR JUSTERATS Eva Lund Tid Lars Sten',
      'PROTOKOLLET HAR VARIT FRAMLAGT',
      'TILL PÅSEENDE Karin Strand',
      'Tid och plats Kommungården i Åby Lars Sten förvaltningsdirektör Dan Holm Utdragets riktighet bestyrker:',
    ).signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Eva Lund'], ['Lars Sten'], ['Karin Strand', 'Dan Holm']]);
  });

  it('`UNDERSKRIFT Ordförande … Protokollförare PROTOKOLL-` / `JUSTERING Eva Lund` / `Tid och plats Åby` / `Underskrift Lars Sten`', () => {
    const s = minutes(
      'UNDERSKRIFT Ordförande Kommundirektör, föredragande Nämndsekreterare, sekreterare Protokollförare PROTOKOLL-',
      'JUSTERING Eva Lund',
      'Tid och plats Åby',
      'Underskrift Lars Sten',
      'PROTOKOLLET FÖR PÅSEENDE Karin Strand',
      'Tid och plats Åby Dan Holm Intygas Bo Ek',
    ).signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Eva Lund'], ['Lars Sten'], ['Karin Strand', 'Dan Holm']]);
  });

  it('labels with their names beside them are read as before', () => {
    const s = minutes('Underskrifter', 'Ordförande Eva Lund', 'Protokollförare Lars Sten', 'Protokolljustering Åby, den 5 maj 2021 Karin Strand Dan Holm').signatures;
    expect([s?.chair, s?.secretary]).toEqual([['Eva Lund'], ['Lars Sten']]);
  });
});
