// The front page of Swedish-language Finnish minutes (pdftotext -layout): the protocol's
// number beside its title in a running header (`PROTOKOLL   4/2024` on every page),
// `Närvarande` beside `Övriga närvarande` (the first list is the members, a deputy serves
// `ersättare för …`), `Protokollet framlagt till påseende` with the date it was posted.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEADER = (page: number): string =>
  text('VIKSTRANDS STAD                                 PROTOKOLL                  4/2024', `Tekniska nämnden                                ${page === 1 ? '' : `12.3.2024                  ${page}`}`, '');

const MINUTES = text(
  HEADER(1),
  'Sammanträdestid        12.3.2024 kl. 18.00–19.40',
  '',
  'Sammanträdesplats      Stadshuset, mötesrum 2',
  '',
  'Närvarande             Leena Rask                  ordförande',
  '                       Olof Sandvik                vice ordförande',
  '                       Mira Holmberg',
  '                       Jari Vestman',
  '                       Tove Lindell                ersättare för Eero Kallio',
  '',
  'Övriga närvarande      Stina Åkerblom              teknisk direktör, föredragande',
  '                       Axel Fors                   nämndsekreterare, protokollförare',
  '',
  'Frånvarande            Eero Kallio',
  '',
  'Paragrafer             14–15',
  '',
  'Protokollet framlagt   Stadens webbplats 15.3.2024',
  'till påseende',
  '\f' + HEADER(2),
  '14 §',
  'MÖTETS LAGLIGHET OCH BESLUTFÖRHET',
  '',
  'Beslut:',
  'Mötet konstaterades vara lagligen sammankallat och beslutfört.',
  '',
  '15 §',
  'GATUBELYSNING, ANBUD',
  '',
  'Beslut:',
  'Förslaget godkändes.',
);

describe('Swedish-language Finnish minutes', () => {
  const doc = meetingDoc(MINUTES);

  it('reads the protocol number beside the title, though the header repeats on every page', () => {
    expect(doc.meeting?.number).toBe('4/2024');
    expect(doc.items.map((i) => i.number)).toEqual([14, 15]);
  });

  it('reads `Närvarande` beside `Övriga närvarande` as the members, and a deputy serving for one of them', () => {
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Leena Rask', 'member'],
      ['Olof Sandvik', 'member'],
      ['Mira Holmberg', 'member'],
      ['Jari Vestman', 'member'],
      ['Tove Lindell', 'deputy'],
      ['Stina Åkerblom', 'other'],
      ['Axel Fors', 'other'],
      ['Eero Kallio', 'absent'],
    ]);
    expect(doc.participants.find((p) => p.name === 'Tove Lindell')?.substituteFor).toBe('Eero Kallio');
  });

  it('reads `Protokollet framlagt till påseende` as the date the minutes were posted', () => {
    expect(doc.signatures?.posted).toEqual({ from: '2024-03-15', to: null });
  });

  it('keeps a list headed only `Närvarande` (no others listed apart) as people present', () => {
    const notes = meetingDoc(
      text('MINNESANTECKNINGAR', 'Beredningsgruppen, Samordningsförbundet Nordmark', 'Datum: 2024-02-07', '', 'Närvarande', 'Anna Lind, Försäkringskassan', 'Karl Berg, Arbetsförmedlingen', '', '1. Mötets öppnande', 'Anna Lind öppnade mötet.'),
    );
    expect(notes.participants.map((p) => [p.name, p.role])).toEqual([
      ['Anna Lind', 'other'],
      ['Karl Berg', 'other'],
    ]);
  });
});
