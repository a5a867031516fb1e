// A notice's front page as a transcript runs it on: the lists of who is called under
// `Kallade ledamöter`, `Kallade ersättare`, `Övriga kallade`, and the agenda's heading
// (`Föredragningslista`) right after the last name; officials with compound positions
// (`barn- och utbildningschef`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc } from './helpers.js';

describe('the lists of a transcribed notice', () => {
  const doc = meetingDoc(
    '1 KALLELSE (12) Plats och tid Konferensrum Ekgatan 4 Måndagen den 11 mars 2019 kl 18:00 Kallade ledamöter ' +
      'Berit Lund (M), ordförande Karin Ström (S), 1:e vice ordförande Olle Sand (C) Övriga kallade Sofia Berg, barn- och ' +
      'utbildningschef Maja Lind, ekonom Föredragningslista Ärende/Föredragande Dnr 1 Upprop 2 Val av justerare 3 Budget 2020\n',
  );

  it('keeps the place apart from the list headings, and each list apart from the agenda', () => {
    expect(doc.meeting).toMatchObject({ date: '2019-03-11', startTime: '18:00', location: 'Konferensrum Ekgatan 4' });
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Berit Lund', 'member', 'M', 'ordförande'],
      ['Karin Ström', 'member', 'S', '1:e vice ordförande'],
      ['Olle Sand', 'member', 'C', null],
      ['Sofia Berg', 'other', null, 'barn- och utbildningschef'],
      ['Maja Lind', 'other', null, 'ekonom'],
    ]);
    expect(doc.items.map((i) => i.title)).toEqual(['Upprop', 'Val av justerare', 'Budget 2020']);
  });

  it('reads a position that is a compound joined by `och`', () => {
    expect(parseParticipantLine('Per Ek, kultur- och fritidschef')).toMatchObject({ name: 'Per Ek', position: 'kultur- och fritidschef' });
  });
});
