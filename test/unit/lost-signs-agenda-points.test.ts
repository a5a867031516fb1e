// A web agenda under the heading `Ärenden` whose points are bare numbers that go on from an
// earlier meeting's count (`14 Val av justerare` / `Dnr …`): no § was lost there, and the points
// stay an agenda's points, counted from where the page starts. Every text is invented.
import { describe, expect, it } from 'vitest';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';
import { meetingDoc, text } from './helpers.js';

const agenda = (heading: string): string =>
  text(
    heading,
    '',
    'Sammanträde 2023-09-12',
    '',
    'Datum',
    'Klockan',
    '18:00',
    'Plats',
    'Ekby bibliotek',
    '',
    '14 Val av justerare',
    '',
    'Diarienummer 2023/FN 0102 001',
    '',
    '15 Anmälan av delegationsbeslut',
    '',
    'Diarienummer 2023/FN 0103 002',
    '',
    'Fritidsnämndens förslag till beslut',
    '- Anmälan noteras.',
    '',
    '16 Bidrag till föreningen Ekby IK',
    '',
    'Diarienummer 2023/FN 0140 80',
    '',
    'Fritidsnämndens förslag till beslut',
    '- Föreningen beviljas bidrag med 20 000 kronor.',
    '',
    '17 Månadsrapport augusti',
    '',
    'Diarienummer 2023/FN 0150 10',
  );

describe('an agenda’s bare numbered points', () => {
  it('under `Ärenden` get no § back', () => {
    expect(restoreLostSigns(agenda('Ärenden'))).not.toContain('§');
  });

  it.each([['Ärenden'], ['Föredragningslista']])('under `%s` stay a notice’s points, counted from the first', (heading) => {
    const doc = meetingDoc(agenda(heading));
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [14, 'Val av justerare'],
      [15, 'Anmälan av delegationsbeslut'],
      [16, 'Bidrag till föreningen Ekby IK'],
      [17, 'Månadsrapport augusti'],
    ]);
  });

  it('minutes that list their `Ärenden` under the title still get their §§ back', () => {
    const minutes = text('Protokoll', '', 'Ärenden', '', agenda('Fritidsnämnden').replace(/Fritidsnämndens förslag till beslut\n- /gu, 'Fritidsnämnden beslutar\n- '));
    expect(restoreLostSigns(minutes)).toContain('§ 14 Val av justerare');
  });
});
