// A Finnish region's council of municipalities (landskapsförbund) names itself by the region's name and `förbund`
// (`Nylands förbund`), in capitals on a bilingual letterhead after its Finnish name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const meetingOf = (text: string) => parse(text).documents[0]!.meeting;

describe('a region council named `… förbund`', () => {
  it('reads the organisation from a bilingual letterhead in capitals', () => {
    const text = [
      'VÄLIMAAN LIITTO - ÖSTRA SKÄRLANDS FÖRBUND PROTOKOLL Landskapsstyrelsen 4/2021',
      'Tid för mötet: 7.6.2021 kl. 10.00',
      'Plats för mötet: Förbundets kansli, Strandgatan 4, Skärby',
      '',
      '1 Mötets laglighet och beslutförhet',
      'Mötet konstaterades lagligt.',
      '',
    ].join('\n');
    expect(meetingOf(text)).toMatchObject({ organisation: 'Östra Skärlands förbund' });
  });

  it('reads it written in the case of running text', () => {
    const text = [
      'Västra Skärlands förbund',
      'PROTOKOLL Landskapsfullmäktige 2/2022',
      'Tid för mötet: 13.6.2022 kl. 13.00',
      '',
      '1 Mötets laglighet och beslutförhet',
      'Mötet konstaterades lagligt.',
      '',
    ].join('\n');
    expect(meetingOf(text)).toMatchObject({ organisation: 'Västra Skärlands förbund' });
  });
});
