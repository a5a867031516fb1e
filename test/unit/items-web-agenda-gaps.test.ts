// A city district's web agenda (`Sammanträde 2012-03-15` / `Datum` / `Plats` / points) lists only the points it
// publishes: their numbers skip those it leaves out (`4 …` / `6 …` / `11 …`), each point a paragraph of its
// own, its case number after the title (`… Dnr 2012-8-1.2.4.`) or on a line under it. The points after a
// skipped number are points all the same. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = text(
  'Sammanträde 2012-03-15',
  '',
  'Datum',
  'Klockan',
  '19.00',
  'Plats',
  'Norrmalmsskolans aula, Storgatan 38',
  '',
  '1 Val av protokollsjusterare',
  '',
  'Tid för protokollsjustering',
  'Justering av föredragningslista',
  '',
  '2 Svar på medborgarförslag om belysning på torget. Dnr 2012-125-1.2.4.',
  '',
  '4 Svar på medborgarförslag om en hundrastgård. Dnr 2012-8-1.2.4.',
  '',
  '6 Ansökan om medel för utökad bemanning på Ekgården. Dnr 2011-958-2.1.',
  '',
  '7 Fortsatt uppföljning av Linnéhemmets vård- och omsorgsboende.',
  '',
  '11 Svar på remiss om översyn av ersättningssystem inom hemtjänsten.',
  '',
  'Dnr 2012-77-1.5.3.',
  'Ärendedokument',
  '',
  '12 Yttrande till trafikkontoret om strategi för storstadsgator.',
);

describe('a web agenda whose numbers skip the points left out', () => {
  it('reads every published point', () => {
    const doc = meetingDoc(page);
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 4, 6, 7, 11, 12]);
    expect(doc.items.find((i) => i.number === 11)!.title).toBe('Svar på remiss om översyn av ersättningssystem inom hemtjänsten');
    expect(doc.items.find((i) => i.number === 11)!.caseNumber).toBe('2012-77-1.5.3');
  });

  it('a number in a point\'s body, run on in its sentence, is no point', () => {
    const doc = meetingDoc(page.replace('Tid för protokollsjustering', 'Tid för protokollsjustering\n\n9 ledamöter har anmält förhinder, se listan nedan och'));
    expect(doc.items.map((i) => i.number)).not.toContain(9);
  });
});

describe('a web agenda\'s group headings', () => {
  it('`Medborgarförslag` and `Allmänna ärenden` over points group them, no text of the point above', () => {
    const doc = meetingDoc(
      text(
        'Sammanträde 2013-06-13',
        '',
        'Datum',
        'Klockan',
        '19.00',
        'Plats',
        'Ekhuset',
        '',
        '1 Utseende av justerare',
        '',
        'Medborgarförslag',
        '',
        '2 Anmälan av medborgarförslag',
        '',
        '3 Fågelholkar i parken',
        '',
        'Allmänna ärenden',
        '',
        '4 Ny förskola vid ån',
        '',
        '5 Månadsrapport maj 2013',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.section, i.text])).toEqual([
      [1, null, ''],
      [2, 'Medborgarförslag', ''],
      [3, 'Medborgarförslag', ''],
      [4, 'Allmänna ärenden', ''],
      [5, 'Allmänna ärenden', ''],
    ]);
  });
});

describe('a skip that the next point takes back', () => {
  it('`7 Nya förskolor …` in a point\'s body, the next point `4 …`: the body\'s line is no point', () => {
    const doc = meetingDoc(
      text(
        'Sammanträde 2012-03-15',
        '',
        'Datum',
        '2012-03-15',
        'Plats',
        'Ekhuset',
        '',
        '1 Val av justerare',
        '',
        '2 Budgetuppföljning',
        '',
        '3 Lokalfrågor',
        '',
        '7 Nya förskolor byggs i Ekby.',
        '',
        '4 Övriga frågor',
        '',
        '5 Nästa sammanträde',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('a published point with its case line right under it', () => {
  const agenda = (caseLine: string) =>
    text(
      'Sammanträde 2014-05-22',
      '',
      'Datum',
      '2014-05-22',
      'Plats',
      'Ekhuset',
      '',
      '1 Val av justerare',
      '',
      '3 Svar på medborgarförslag om en lekplats vid ån',
      caseLine,
      '',
      '5 Bokslut för förvaltningen',
      '',
      '6 Ny taxa för parkering vid Ekbacken',
    );
  it('`Dnr …` or a bare case number under the point: still a paragraph of its own, the skip is read', () => {
    for (const caseLine of ['Dnr 2014-311-1.5.1.', 'Diarienummer 2014/311', 'SDN 2014/311']) {
      expect(meetingDoc(agenda(caseLine)).items.map((i) => i.number)).toEqual([1, 3, 5, 6]);
    }
  });
  it('a sentence under the point is its body, not a case line: the skip is not read', () => {
    expect(meetingDoc(agenda('Dnr-numret saknas i kallelsen.')).items.map((i) => i.number)).not.toContain(3);
  });
});
