// A city's web page of one case, as a Finnish city's decision archive prints it in Swedish: the
// case number, then the site's line that the case was handled again later (`Ärendet har nyare
// handläggningar`), then the point's heading (`Ärende 9. / 319 §`) and its title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (status: string): string =>
  [
    'Asemakaavan muutos, Kvarnbacken',
    '',
    'KAU 2016-014145',
    status,
    'Ärende 9. / 319 §',
    '',
    'Detaljplaneändring för västra delen av Kvarnbacken (nr 12767)',
    '',
    'Kaunisby stadsfullmäktige',
    '',
    'Beslut',
    '',
    'Stadsfullmäktige godkände detaljplaneändring för kvarteren 54090 och 54178 enligt ritning 12767.',
  ].join('\n');

describe('a case number above the site’s status line over the heading', () => {
  it.each([['Ärendet har nyare handläggningar'], ['More recent handlings']])('is the case number of the § under `%s`', (status) => {
    const [item] = meetingDoc(page(status)).items;
    expect(item!.number).toBe(319);
    expect(item!.caseNumber).toBe('KAU 2016-014145');
    expect(item!.title).toBe('Detaljplaneändring för västra delen av Kvarnbacken (nr 12767)');
  });

  it('is the case number as before where no status line stands between', () => {
    const [item] = meetingDoc(page('')).items;
    expect(item!.caseNumber).toBe('KAU 2016-014145');
  });
});
