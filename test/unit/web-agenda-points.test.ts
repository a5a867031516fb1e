// A meeting system's web page of an agenda: each point's number and title as a heading, the
// number said again beside the case number under it (`Ärende 2 Diarienummer …`), and a
// proposal under `X förslag till beslut` worded as the decision asked for. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText, text } from './helpers.js';

const HEAD = text('Sammanträde 2025-03-12', '', 'Datum', 'Klockan', '17:00', 'Plats', 'Rådhuset', '');

describe('a web agenda that restates each point under its heading', () => {
  it('keeps the heading as the title and takes the case number from the line under it', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '1 Information om ombyggnad av simhallen',
          '',
          'Ärende 1 Diarienummer 2025/TN 0041',
          '',
          'Tekniska utskottets förslag till beslut',
          '- Informationen noteras.',
          '',
          '2 Taxa för parkering i centrum',
          '',
          'Ärende 2 Diarienummer 2025/TN 0057 311',
          '',
          'Tekniska utskottets förslag till beslut',
          '- Taxan antas.',
          '',
          '3 Val av ersättare i trafikrådet',
          '',
          'Ärende 3 Diarienummer 2025/TN 0063',
          '',
          'Tekniska utskottets förslag till beslut',
          '- Valet förrättas.',
          '',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Information om ombyggnad av simhallen', '2025/TN 0041'],
      [2, 'Taxa för parkering i centrum', '2025/TN 0057 311'],
      [3, 'Val av ersättare i trafikrådet', '2025/TN 0063'],
    ]);
    expect(doc.items.map((i) => i.proposal)).toEqual(['Informationen noteras.', 'Taxan antas.', 'Valet förrättas.']);
  });

  it('is an agenda although its proposals say `godkänns`', () => {
    const r = parseText(
      HEAD +
        text(
          '1 Förvaltningschefens rapport',
          '',
          'Dnr 2025/TN 0001',
          '',
          'Tekniska nämndens förslag till beslut',
          '- Rapporten noteras.',
          '',
          '2 Delårsrapport per april',
          '',
          'Dnr 2025/TN 0090',
          '',
          'Tekniska nämndens förslag till beslut',
          '- Delårsrapporten godkänns.',
          '',
          '3 Sammanträdesplan för hösten',
          '',
          'Dnr 2025/TN 0102',
          '',
          'Tekniska nämndens förslag till beslut',
          '- Sammanträdesplanen fastställs.',
          '',
        ),
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['notice']);
    expect(r.documents[0]!.items.map((i) => [i.number, i.title, i.caseNumber, i.proposal])).toEqual([
      [1, 'Förvaltningschefens rapport', '2025/TN 0001', 'Rapporten noteras.'],
      [2, 'Delårsrapport per april', '2025/TN 0090', 'Delårsrapporten godkänns.'],
      [3, 'Sammanträdesplan för hösten', '2025/TN 0102', 'Sammanträdesplanen fastställs.'],
    ]);
  });
});
