// A web agenda under no kind's word (`Sammanträde 2006-03-16` / `Plats` / numbered points, each with its
// `Förslag till beslut`) whose points report other bodies' minutes (`Anmäles protokoll från
// kommunfullmäktige …; … begäran om entledigande godkändes.`) before their proposals: the report is the
// case's story and the word `protokoll` inside its sentence names other minutes, so the page stays an
// agenda. A record that says its decision after the proposal stays notes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (point2: string[]): string =>
  text(
    'Sammanträde 2006-03-16',
    '',
    'Datum',
    'Klockan',
    '17:00',
    'Plats',
    'Norra Träffen, Storgatan 3',
    '',
    '1 Justering av dagens protokoll',
    '',
    'Utseende av protokolljusterare',
    '',
    '2 Anmälan av protokoll från kommunfullmäktige',
    '',
    ...point2,
    '',
    '3 Yttrande över remiss om parkpolicy',
    '',
    'Föreligger tjänsteutlåtande 2006-03-01.',
    '',
    'Förslag till beslut',
    '',
    '1. Nämnden överlämnar tjänsteutlåtandet som svar på remissen.',
    '',
    '4 Övriga frågor',
  );

describe('a web agenda reporting other bodies\' decisions', () => {
  it('reports before the proposal → notice', () => {
    const doc = meetingDoc(
      page([
        'Anmäles protokoll från kommunfullmäktige 2006-02-20;',
        'Kim Bergs (m) begäran om entledigande från uppdraget som ersättare godkändes.',
        '',
        'Val av ny ersättare (m) bordlades.',
        '',
        'Förslag till beslut',
        '',
        '1. Anmälan läggs till handlingarna.',
      ]),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('a decision told after the proposal → the minutes (round 58; notes until then)', () => {
    const doc = meetingDoc(
      page([
        'Förslag till beslut',
        '',
        '1. Anmälan läggs till handlingarna.',
        '',
        'Anmälan lades till handlingarna.',
      ]),
    );
    expect(doc.kind).toBe('minutes');
  });
});
