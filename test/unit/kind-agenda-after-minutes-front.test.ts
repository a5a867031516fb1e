// The agenda minutes followed, printed after their front page (`FÖREDRAGNINGSLISTA`, `Dagordning` under the roll and a label
// only minutes print, `Paragrafer`, `Underskrifter`, `Justeras`): the document is the minutes, whatever the agenda's
// heading says. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kinds = (t: string): string[] => parseText(t).documents.map((d) => d.kind);

describe('an agenda page under the minutes’ front page', () => {
  it('a transcript’s front page, labels before the roll, then `FÖREDRAGNINGSLISTA` and the §§: minutes first', () => {
    const t = text(
      'Datum: kl 13:00-15:10 Paragrafer: 1-6',
      '',
      '1 Datum: kl 13:00-15:10 Paragrafer: 1-6 Plats: Sessionssalen Ålsta Underskrifter Lena Borg Ordförande Kim Åkesson Sekreterare Justeras Ture Falk Beslutande Lena Borg (S), Ordförande Ture Falk (M) Nils Ek (C) Kim Åkesson, nämndsekreterare 1/9',
      '',
      '2 FÖREDRAGNINGSLISTA 1 Val av justerare 2 Godkännande av dagordning 3 Information om valet 4 Budget 2026 5 Lokaler 6 Övriga frågor 2/9',
      '',
      '3 En § 1 Val av justerare Ture Falk (M) justerar protokollet. 3/9',
      '',
      '4 En § 2 Godkännande av dagordning Nämnden godkänner dagordningen. 4/9',
    );
    expect(kinds(t)[0]).toBe('minutes');
  });

  // a PDF's text, page by page: the front page's labels, then the roll, then the agenda atop the next page
  const front = (labels: string[]): string =>
    text(
      'Östby kommun',
      'Valnämnden',
      'Datum: 2025-04-02 kl 13:00-15:10',
      ...labels,
      'Beslutande',
      'Saga Vik (S), ordförande',
      'Anton Ström (M)',
      'Gösta Lind (C)',
      '\fFÖREDRAGNINGSLISTA',
      '1 Val av justerare',
      '2 Godkännande av dagordning',
      '3 Röstmottagare',
      '\fVn § 1 Val av justerare',
      'Anton Ström utses att justera protokollet.',
      '',
      'Vn § 2 Godkännande av dagordning',
      'Nämnden godkänner dagordningen.',
    );

  it('page by page, `Paragrafer` and `Justeras` over the roll, the agenda atop the next page: minutes first', () => {
    expect(kinds(front(['Paragrafer: 1-3', 'Plats: Sessionssalen', 'Justeras Anton Ström']))[0]).toBe('minutes');
  });

  it('the same pages without a label only minutes print name no minutes by the agenda after them', () => {
    expect(kinds(front(['Plats: Sessionssalen']))[0]).not.toBe('minutes');
  });
});
