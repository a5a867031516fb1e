// Titles that open with a word the front page or the kinds also use (`§ 2 Föredragningslista`,
// `§ 8 Övriga frågor`), and headings whose § the PDF's font lost (`71 INRÄTTANDE AV … Dnr: …`),
// in pages an extractor flattened onto one line each. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('titles that look like labels or kinds', () => {
  // one page a line: the front page's lists, then the §§ run on with their bodies
  const flattened = text(
    '1 Styrelsen Sida 4 (20) Plats Bygdegården, Älvby Beslutande kommunrepresentanter Karin Nyström, (s), Åby Olle Berg, (m), Norrby Övriga deltagare Maria Falk, kansliet Underskrifter Sekreterare Maria Falk Ordförande Karin Nyström Justerare Olle Berg',
    '2 Styrelsen Sida 5 (20) § 1 Val av justerare Styrelsen beslutar att utse Olle Berg att justera protokollet. § 2 Föredragningslista Styrelsen beslutar att godkänna föredragningslistan. § 3 Övriga frågor Inga övriga frågor anmäldes.',
  );

  it('keeps a § titled with a notice\'s word in the minutes, as its title', () => {
    const doc = meetingDoc(flattened);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Föredragningslista'],
      [3, 'Övriga frågor'],
    ]);
  });

  it('reads `Övriga frågor` as a title, not as the heading of a list of people', () => {
    const doc = meetingDoc(flattened);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Karin Nyström', 'member'],
      ['Olle Berg', 'member'],
      ['Maria Falk', 'other'],
    ]);
    expect(doc.items[2]!.text).toBe('Inga övriga frågor anmäldes.');
  });

  it('ends the running header at its counter (`Styrelsen Sida 4 (20)`), so the place after it is read', () => {
    expect(meetingDoc(flattened).meeting!.location).toBe('Bygdegården, Älvby');
  });
});

describe('headings whose § was lost', () => {
  // the running header, then the § number and its title in capitals, the case number's label after them
  const lost = text(
    '1 ÅSTRANDS KOMMUN Sammanträdesprotokoll Kommunstyrelsen 2016-09-06 22 (41) 88 NY FÖRBUNDSORDNING FÖR SAMORDNINGSFÖRBUNDET SYDKUSTEN Dnr: KS 2016-140 Förbundets medlemmar har enats om en ny förbundsordning. Kommunstyrelsens beslut Kommunstyrelsen godkänner förbundsordningen. Justerandes sign Utdragsbestyrkande',
    '2 ÅSTRANDS KOMMUN Sammanträdesprotokoll Kommunstyrelsen 2016-09-06 23 (41) 89 TAXA FÖR SOTNING Dnr: KS 2016-152 Räddningstjänsten föreslår en höjd taxa. Kommunstyrelsens beslut Kommunstyrelsen antar taxan. Justerandes sign Utdragsbestyrkande',
    '3 ÅSTRANDS KOMMUN Sammanträdesprotokoll Kommunstyrelsen 2016-09-06 24 (41) 90 MEDBORGARFÖRSLAG OM BADPLATS Dnr: KS 2016-97 Förslagsställaren vill ha en ny badplats vid sjön. Kommunstyrelsens beslut Medborgarförslaget avslås. Justerandes sign Utdragsbestyrkande',
  );

  it('reads a number, a title in capitals and a case number as a heading', () => {
    const doc = meetingDoc(lost);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [88, 'NY FÖRBUNDSORDNING FÖR SAMORDNINGSFÖRBUNDET SYDKUSTEN', 'KS 2016-140'],
      [89, 'TAXA FÖR SOTNING', 'KS 2016-152'],
      [90, 'MEDBORGARFÖRSLAG OM BADPLATS', 'KS 2016-97'],
    ]);
    expect(doc.items.flatMap((i) => i.decisions.map((d) => d.text))).toEqual(['Kommunstyrelsen godkänner förbundsordningen.', 'Kommunstyrelsen antar taxan.', 'Medborgarförslaget avslås.']);
  });

  it('does not take a number before words in capitals without a case number for a heading', () => {
    const doc = meetingDoc(text(
      'PROTOKOLL',
      'Styrelsen, Samordningsförbundet Sydkusten',
      '§ 4 Budget',
      'Förbundet har 12 MILJONER KRONOR att fördela.',
      'Styrelsen beslutar att fastställa budgeten.',
    ));
    expect(doc.items.map((i) => i.number)).toEqual([4]);
  });
});
