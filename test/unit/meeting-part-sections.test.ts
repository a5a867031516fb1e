// Agendas and minutes that group their points by the part of the meeting they fall in
// (`Öppen del av sammanträdet` … `Stängd del`, `Öppet sammanträde` … `Ärenden inom stängda dörrar`):
// each heading is the section of the points under it, and no part of the point above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('open and closed parts of a meeting as sections', () => {
  it('gives an agenda its open part, its new points and its closed part', () => {
    const doc = meetingDoc(
      text(
        'FÖREDRAGNINGSLISTA', 'Socialnämnden', '2025-02-11', '',
        'Öppen del av sammanträdet', '',
        '1. Val av justerare',
        '2. Godkännande av dagordningen',
        '3. Månadsrapport januari 2025',
        'Dnr SN 2025/4', '',
        'Nya ärenden:', '',
        '4. Riktlinjer för bostadsanpassning',
        'Dnr SN 2025/9', '',
        'Stängd del', '',
        '5. Individärenden',
        '6. Delegationsbeslut',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.section])).toEqual([
      [1, 'Öppen del av sammanträdet'],
      [2, 'Öppen del av sammanträdet'],
      [3, 'Öppen del av sammanträdet'],
      [4, 'Nya ärenden'],
      [5, 'Stängd del'],
      [6, 'Stängd del'],
    ]);
    expect(doc.items[3]!.caseNumber).toBe('SN 2025/9');
  });

  it('keeps the closed part\'s heading out of the last open § of minutes', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2025-02-11', '',
        'Öppet sammanträde', '',
        '§ 14 Månadsrapport januari 2025', 'Dnr SN 2025/4', '',
        'Förvaltningen redovisar utfallet för januari.', '',
        'Socialnämnden beslutar att lägga rapporten till handlingarna.', '',
        'Stängt sammanträde', '',
        '§ 15 Ansökan om stöd enligt LSS', 'Dnr SN 2025/17', '',
        'Socialnämnden beslutar enligt bilaga.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.section])).toEqual([
      [14, 'Öppet sammanträde'],
      [15, 'Stängt sammanträde'],
    ]);
    expect(doc.items[0]!.text).not.toContain('Stängt');
  });
});
