// A sharing site's title of a document that lost its digits (the site drops them from its page title and from the
// transcript under it), and its `Download "…"` line quoting the same title whole: the quoted copy, the same words with
// the date kept, is read in the title's place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const meetingOf = (text: string) => parse(text).documents[0]!.meeting;
const page = (title: string, quoted: string, transcript: string): string =>
  [title, '', 'Storlek: px', 'Starta visningen från sidan:', '', `Download "${quoted}"`, '', 'Transkript', '', transcript, ''].join('\n');

describe('a site title that lost its numbers, quoted whole under it', () => {
  it('reads the date the quoted copy keeps (ISO form)', () => {
    const text = page(
      'Styrelseprotokoll',
      'Styrelseprotokoll 2019-10-04',
      '1 Plats och tid Kommunhuset i Norrvik, kl Beslutande Agnes Holm (S) ordförande Hugo Berg (M) 1 Val av justerare Hugo Berg utses att justera.',
    );
    expect(meetingOf(text)?.date).toBe('2019-10-04');
  });

  it('reads a Finnish date and keeps the hours the transcript kept', () => {
    const text = page(
      'PROTOKOLL. NÄMND, :00, Bildningsnämnden',
      'PROTOKOLL. NÄMND, 3.11.2021 18:00, Bildningsnämnden',
      '1 Bildningsnämnden SAMMANTRÄDESTID: kl. 18:00 - 19:30 SAMMANTRÄDESPLATS: Kommunhuset, Västby 1 Sammanträdets laglighet Sammanträdet konstaterades lagligt.',
    );
    expect(meetingOf(text)).toMatchObject({ date: '2021-11-03', startTime: '18:00' });
  });

  it('takes no date from a quoted title of other words', () => {
    const text = page(
      'Styrelseprotokoll',
      'Årsredovisning för Norrviks kommun 2019-10-04',
      '1 Plats och tid Kommunhuset i Norrvik, kl Beslutande Agnes Holm (S) ordförande Hugo Berg (M) 1 Val av justerare Hugo Berg utses att justera.',
    );
    expect(meetingOf(text)?.date ?? null).toBeNull();
  });

  it('reads the date where the title quotes the labels it was cut at, and lost only the date', () => {
    const text = page(
      'Byggnadsnämnden. Protokoll Bn 12/2021. Datum: Klockan: 13:00-15:30 Plats: Rådhuset, Lilla salen. Närvarande ledamöter',
      'Byggnadsnämnden. Protokoll Bn 12/2021. Datum: 2021-05-19 Klockan: 13:00-15:30 Plats: Rådhuset, Lilla salen. Närvarande ledamöter',
      '1 Protokoll Bn 12/2021 Byggnadsnämnden Datum: Klockan: 13:00-15:30 Plats: Rådhuset, Lilla salen Närvarande ledamöter Agnes Holm (S) Hugo Berg (M) Justerare Hugo Berg Tid: Onsdagen den 26 maj 2021, kl. 08:30',
    );
    expect(meetingOf(text)?.date).toBe('2021-05-19');
  });

  it('reads the hours the quoted copy keeps, the title dated or not', () => {
    const hours = page(
      'Plats och tid Sessionssalen, Rådhuset, kl',
      'Plats och tid Sessionssalen, Rådhuset, kl 13.00-17.10',
      '1 Protokoll 1 (12) Plats och tid Sessionssalen, Rådhuset, kl Beslutande Agnes Holm (S), ordförande Hugo Berg (M) 1 Val av justerare Hugo Berg utses att justera.',
    );
    expect(meetingOf(hours)).toMatchObject({ startTime: '13:00', endTime: '17:10' });
    const dated = page(
      'Måndagen den 26 januari 2026, kl Kommungården, Västby',
      'Måndagen den 26 januari 2026, kl. 19.30-21.45. Kommungården, Västby',
      '1 VÄSTBY KOMMUN Kommunfullmäktige PROTOKOLL Sammanträdestid: Sammanträdesplats: Måndagen den 26 januari 2026, kl Kommungården, Västby Beslutande Holm, Agnes Berg, Hugo 1 Val av justerare Hugo Berg utses att justera.',
    );
    expect(meetingOf(dated)).toMatchObject({ date: '2026-01-26', startTime: '19:30', endTime: '21:45' });
  });
});
