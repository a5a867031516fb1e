// Minutes and agendas whose § (or point) stands alone or with the title's first line, the
// title wraps onto a capitalised line, and the case number's own line closes it
// (`§ 5` / `Ekonomisk uppföljning per` / `Augusti 2024` / `Dnr 2024/12`), as samordningsförbund
// and kommunalförbund minutes print them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Samordningsförbundet Östra Vikdal', 'Styrelsemöte 2024-09-12', '', 'Beslutande', 'Tove Lindqvist (S), ordförande', 'Arvid Sten (M)', ''];

describe('a title wrapped onto a capitalised line above its case number', () => {
  const doc = meetingDoc(
    [
      ...HEAD,
      '§ 5',
      'Ekonomisk uppföljning per',
      'Augusti 2024',
      'Dnr 2024/12',
      'Förbundschefen redovisar utfallet.',
      'Styrelsen beslutar att godkänna uppföljningen.',
      '',
      '§ 6 Ansökan om medel för insatsen',
      'Vägen Vidare 2025',
      'Dnr 2024/15',
      'Samordnaren redogör för ansökan.',
      'Styrelsen beslutar att bevilja medel.',
    ].join('\n'),
  );

  it('completes the title with the wrapped line, which leaves the body', () => {
    expect(item(doc, 5).title).toBe('Ekonomisk uppföljning per Augusti 2024');
    expect(item(doc, 5).caseNumber).toBe('2024/12');
    expect(item(doc, 5).text).toBe('Förbundschefen redovisar utfallet. Styrelsen beslutar att godkänna uppföljningen.');
    expect(item(doc, 6).title).toBe('Ansökan om medel för insatsen Vägen Vidare 2025');
    expect(item(doc, 6).caseNumber).toBe('2024/15');
    expect(item(doc, 6).text).toBe('Samordnaren redogör för ansökan. Styrelsen beslutar att bevilja medel.');
  });

  it('keeps a title of one line whose body opens right under the case number', () => {
    const one = meetingDoc([...HEAD, '§ 7', 'Verksamhetsplan 2025', 'Dnr 2024/18', 'Styrelsen beslutar att fastställa planen.'].join('\n'));
    expect(item(one, 7).title).toBe('Verksamhetsplan 2025');
    expect(item(one, 7).decisions.map((d) => d.text)).toEqual(['Styrelsen beslutar att fastställa planen.']);
  });
});
