// A notice as a sharing site transcribes it, one page a line: the agenda's numbers without
// their points (`1 Upprop 2 Godkännande av … 3 …`), each row's presenter and case number run
// into its title (`6 Ekonomisk uppföljning februari 2019 Maja Lind BUN 2019/12`), and the next
// page opening with its running header. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitTrailingPresenter } from '../../src/parse/items/title.js';
import { meetingDoc, text } from './helpers.js';

describe('a transcribed agenda', () => {
  const doc = meetingDoc(
    text(
      '1 KALLELSE (12) Plats och tid Konferensrum Ekgatan 4 Måndagen den 11 mars 2019 kl 18:00 Ledamöter Berit Lund (M), ordförande ' +
        'Karin Ström (S) Olle Sand (C) Föredragningslista Ärende/Föredragande Dnr 1 Upprop 2 Godkännande av föredragningslistan och val ' +
        'av justerare 3 Arbetsutskottets protokoll 25 februari 2019 BUN 2019/41',
      '2 KALLELSE (12) Ärende/Föredragande Dnr 4 Information om dataskydd Tor Alm 5 Lägesrapport om byggnationer på skolor Anna Nord ' +
        '6 Ekonomisk uppföljning februari 2019 Maja Lind BUN 2019/12 7 Tilläggsbelopp Cecilia Palm och Leif Ås BUN 2019/33 ' +
        '8 Avtackning av Per Holm 9 Delegationsbeslut BUN 2019/2',
    ),
  );

  it('finds every point, with its case number and presenter apart from its title', () => {
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Upprop', null, null],
      [2, 'Godkännande av föredragningslistan och val av justerare', null, null],
      [3, 'Arbetsutskottets protokoll 25 februari 2019', 'BUN 2019/41', null],
      [4, 'Information om dataskydd', null, 'Tor Alm'],
      [5, 'Lägesrapport om byggnationer på skolor', null, 'Anna Nord'],
      [6, 'Ekonomisk uppföljning februari 2019', 'BUN 2019/12', 'Maja Lind'],
      [7, 'Tilläggsbelopp', 'BUN 2019/33', 'Cecilia Palm och Leif Ås'],
      [8, 'Avtackning av Per Holm', null, null],
      [9, 'Delegationsbeslut', 'BUN 2019/2', null],
    ]);
  });

  it('leaves a name that is the title’s object', () => {
    expect(splitTrailingPresenter('Avtackning av Per Holm')).toBeNull();
    expect(splitTrailingPresenter('Entledigande ledamot Per Holm')).toBeNull();
    expect(splitTrailingPresenter('Val av ersättare efter Anna Nord')).toBeNull();
    expect(splitTrailingPresenter('Rapport från Region Skåne')).toBeNull();
    expect(splitTrailingPresenter('Information om dataskydd Tor Alm')).toEqual({ title: 'Information om dataskydd', presenter: 'Tor Alm' });
  });

  it('does not read a number after a § sign as an agenda point', () => {
    const minutes = meetingDoc(
      'Protokoll Styrelsen 2025-02-06 Närvarande ledamöter Britt Sand, ordförande Olof Rask § 1 Mötets öppnande Ordföranden hälsade välkommen. ' +
        '§ 2 Val av justerare Olof Rask utses att justera. § 3 Budget 2025 Förbundschefen redogjorde för budgeten. Styrelsen beslutar att fastställa budgeten.\n',
    );
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([[1, 'Mötets öppnande'], [2, 'Val av justerare'], [3, 'Budget 2025']]);
  });
});
