// Item titles and case numbers read with help from where the document prints them: a case
// number under an agenda item's subtitle, a contents list before the items. Invented texts.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { findContents } from '../../src/text/contents.js';
import { linesOf, meetingDoc, text } from './helpers.js';

const heads = (doc: Document): [number | null, string, string | null][] => doc.items.map((i) => [i.number, i.title, i.caseNumber]);

describe('a case number under a subtitle line of an agenda item', () => {
  const doc = meetingDoc(
    text(
      'Kallelse',
      'Fritidsnämnden i Ekby kommun',
      'Sammanträde 2024-09-03 kl. 17.00',
      'Plats: Ekbysalen',
      '',
      '1 Val av justerare',
      '',
      '2 Bidrag till föreningar hösten 2024',
      '',
      'Dnr: 2.4-311-2024',
      '',
      '3 Taxor för idrottshallar<br>Revidering av bilaga 2',
      '',
      'Dnr: 2.1-77-2024',
      '',
      'Handläggare: Nils Vik',
      '',
      '4 Delegationsbeslut',
    ),
  );
  it('takes the case number and keeps the subtitle as text', () => {
    expect(heads(doc)).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Bidrag till föreningar hösten 2024', '2.4-311-2024'],
      [3, 'Taxor för idrottshallar', '2.1-77-2024'],
      [4, 'Delegationsbeslut', null],
    ]);
    expect(doc.items[2]!.text).toContain('Revidering av bilaga 2');
    expect(doc.items[2]!.text).not.toContain('Dnr');
  });
});

describe('a contents list of bare §§ without a heading, then the same §§ with their bodies', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Kulturnämnden i Ekby kommun',
      'Sammanträdesdatum 2024-06-11',
      '',
      '§ 21',
      '§ 22',
      '§ 23',
      'Val av justerare',
      'Budgetuppföljning maj',
      'Riktlinjer för bidrag till studieförbund',
      '',
      '§ 21 Val av justerare',
      'Nämnden utser Karin Ek att justera protokollet.',
      '',
      '§ 22 Budgetuppföljning maj',
      'Förvaltningen redovisar utfallet till och med maj.',
      '',
      '§ 23 Riktlinjer för bidrag till studieförbund',
      'Nämnden antar riktlinjerna.',
    ),
  );
  it('reads the list as no items', () => {
    expect(heads(doc)).toEqual([
      [21, 'Val av justerare', null],
      [22, 'Budgetuppföljning maj', null],
      [23, 'Riktlinjer för bidrag till studieförbund', null],
    ]);
  });
});

describe('a contents page flattened onto one line, and a heading run on with its body', () => {
  const doc = meetingDoc(
    text(
      'Transkript',
      '',
      '1 INNEHÅLLSFÖRTECKNING 1 [1] 14 Information: Ny taxa för bygglov ÄRENDEN FÖR BESLUT 15 Detaljplan för Björkudden 16 Delegationsbeslut',
      '',
      '2 SAMMANTRÄDESPROTOKOLL 1[4] Plats och tid Stadshuset, kl 18:00-19:30 Utses att justera Eva Ek Paragrafer 14-16 Nämnd Byggnadsnämnden Sammanträdesdatum 2024-10-08',
      '',
      '3 SAMMANTRÄDESPROTOKOLL 2[4] 14 Information: Ny taxa för bygglov Bygglovschefen redogör för förslaget till ny taxa. Byggnadsnämndens beslut Informationen noteras.',
      '',
      '4 SAMMANTRÄDESPROTOKOLL 3[4] 15 Dnr BN/2024:12 Detaljplan för Björkudden Byggnadsnämndens beslut Nämnden antar detaljplanen.',
      '',
      '5 SAMMANTRÄDESPROTOKOLL 4[4] 16 Delegationsbeslut Byggnadsnämndens beslut Redovisningen godkänns.',
    ),
  );
  it('ends the title where the listed one does, and lists no items', () => {
    expect(heads(doc)).toEqual([
      [14, 'Information: Ny taxa för bygglov', null],
      [15, 'Detaljplan för Björkudden', 'BN/2024:12'],
      [16, 'Delegationsbeslut', null],
    ]);
    expect(doc.items[0]!.text).toMatch(/^Bygglovschefen redogör/);
  });
});

describe('a one-line contents list with a page number after each title', () => {
  it('takes the numbers ending every title for pages, not for words of the titles', () => {
    const doc = meetingDoc(
      text(
        'Transkript',
        '',
        '1 Sida 1 (5) Plats och tid Stadshuset kl. 18:00-19:30 Paragrafer 14-16',
        '',
        '2 (5) Innehållsförteckning 14 Val av justerare 3 15 Detaljplan för Björkudden 4 16 Delegationsbeslut 5',
        '',
        '3 Sida 3 (5) § 14 Val av justerare Byggnadsnämndens beslut Eva Ek utses att justera protokollet.',
        '',
        '4 Sida 4 (5) § 15 Dnr BN/2024:12 Detaljplan för Björkudden Byggnadsnämndens beslut Nämnden antar detaljplanen.',
        '',
        '5 Sida 5 (5) § 16 Delegationsbeslut Byggnadsnämndens beslut Redovisningen godkänns.',
      ),
    );
    expect(heads(doc)).toEqual([
      [14, 'Val av justerare', null],
      [15, 'Detaljplan för Björkudden', 'BN/2024:12'],
      [16, 'Delegationsbeslut', null],
    ]);
  });
});

describe('a one-line list under `Ärenden` is no table of contents', () => {
  const one = (line: string) => findContents(linesOf(line), 0, 1).flatMap((c) => c.entries.map((e) => [e.number, e.title]));
  it('reads one under `Innehåll`, not one under `Ärenden` (a notice\'s agenda)', () => {
    expect(one('Innehåll 1 Val av justerare 2 Verksamhetsplan 2025 3 Budget 2025 4 Övriga frågor')).toEqual([
      [1, 'Val av justerare'], [2, 'Verksamhetsplan 2025'], [3, 'Budget 2025'], [4, 'Övriga frågor'],
    ]);
    expect(one('Ärenden 1 Val av justerare 2 Verksamhetsplan 2025 3 Budget 2025 4 Övriga frågor')).toEqual([]);
  });
});
