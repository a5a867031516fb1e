// A letter that calls a meeting in its prose, under no kind's word (round 57, category c): the calling verb or a verb of
// what is to come and the meeting's word in one sentence with the meeting's day or hour make it the meeting's notice,
// whether a list of points follows (numbered or not) or none. A sentence that tells the meeting as held, or a deadline
// before it, calls none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const kinds = (text: string): string[] => parseText(text).documents.map((d) => d.kind);

describe('a meeting called in a letter’s prose', () => {
  it('reads the board’s call to a members’ meeting, in one paragraph with a deadline after it, as the notice', () => {
    const doc = parseText(
      [
        'Styrelsen för Samordningsförbundet Västbygd kallar härmed förbundets medlemmar till medlemssamråd onsdagen den 3 juni 2026 klockan 13.00–15.00 i Stadshuset, Lilla salen, Torby. Under samrådet redovisas verksamhetsåret. Anmälan görs till förbundschefen senast den 20 maj.',
        '',
        'Varmt välkomna!',
        'Eva Strand, ordförande',
      ].join('\n'),
    ).documents[0]!;
    expect(doc.kind).toBe('notice');
    expect([doc.meeting?.date, doc.meeting?.startTime, doc.meeting?.endTime]).toEqual(['2026-06-03', '13:00', '15:00']);
  });

  it('reads the passive call broken over short lines, its day without a year, as the notice', () => {
    const text = ['Medlemmarna i Båtklubben Ankaret', 'kallas till ordinarie årsmöte', 'lördagen den 7 mars kl. 14.00', 'i klubbstugan vid Norrviken.', '', 'Handlingarna finns hos kassören.'].join('\n');
    expect(kinds(text)).toEqual(['notice']);
    expect(parseText(text).documents[0]!.meeting?.startTime).toBe('14:00');
  });

  it('reads a news page whose sentence says the meeting is to be held, over points of no number, as the notice', () => {
    const text = [
      'Föreningsstämman avhålls torsdagen den 4 juni kl 18 i Folkets hus, Ekby.',
      '',
      'Agenda',
      ' • Stämmans öppnande',
      ' • Val av ordförande',
      ' • Val av justerare',
      ' • Övriga frågor',
    ].join('\n');
    expect(kinds(text)).toEqual(['notice']);
  });

  it('reads an invitation of the other verb, the day before the meeting’s word, as the notice', () => {
    expect(kinds('Den 14 oktober 2026 kl. 17.30 inbjuds alla ombud till extra förbundsstämma i Kommunhuset, Ekby.\n\nVälkomna!\n')).toEqual(['notice']);
  });

  it('leaves a meeting told as held alone', () => {
    expect(kinds('Årsmötet hölls den 12 mars 2025 i klubbstugan. Tjugo medlemmar deltog och styrelsen omvaldes.\n')).toEqual(['other']);
  });

  it('leaves a deadline before the meeting alone', () => {
    expect(kinds('Om föreningen\n\nMotioner till årsmötet ska vara styrelsen tillhanda senast den 31 januari 2026. Stadgarna finns hos sekreteraren.\n')).toEqual(['other']);
  });

  it('leaves a meeting named with no day nor hour alone', () => {
    expect(kinds('Föreningsstämma\n\nFöreningsstämman hålls varje år före juni månads utgång. Kallelse skickas ut två veckor före.\n')).toEqual(['other']);
  });
});

describe('the organ of a meeting called in prose', () => {
  it('is the meeting called, not the board that calls it', () => {
    const doc = parseText('Styrelsen för Samordningsförbundet Västbygd kallar härmed förbundets medlemmar till medlemssamråd onsdagen den 3 juni 2026 klockan 13.00 i Stadshuset, Torby.\n').documents[0]!;
    expect([doc.kind, doc.meeting?.body]).toEqual(['notice', 'medlemssamråd']);
  });

  it('is the members’ meeting the called serve on, not the called themselves', () => {
    const doc = parseText(
      ['Nyheter', '', 'Lördag den 14 mars 2026 inbjuds alla fullmäktige till temadag i Ekby.', 'Fullmäktige kallas också att tjänstgöra på den extra föreningsstämman som börjar kl 13.00.'].join('\n'),
    ).documents[0]!;
    expect([doc.kind, doc.meeting?.body, doc.meeting?.startTime]).toEqual(['notice', 'föreningsstämma', '13:00']);
  });

  it('is the meeting of the other word order, not an organ the page names in its prose', () => {
    const doc = parseText(
      [
        'Förbundsmöte',
        '',
        'Ombuden väljs av kommunfullmäktige i varje medlemskommun.',
        '',
        'Den 12 november 2026 kommer ett extra förbundsmöte att hållas i Ekby. Mötet gäller nya stadgar.',
      ].join('\n'),
    ).documents[0]!;
    expect([doc.kind, doc.meeting?.body, doc.meeting?.date]).toEqual(['notice', 'förbundsmöte', '2026-11-12']);
  });
});

describe('a year after the title’s word', () => {
  it('is no protocol number (`Årsmötesprotokoll 2025`)', () => {
    const doc = parseText(['Årsmötesprotokoll 2025', '', 'Protokoll från årsmöte den 9 mars 2025 med Byalaget Ekås', '', 'Plats: Bystugan   Tid: 19.00–20.30', '', '§1 Ordföranden Per Lund öppnar mötet.', '§2 Till ordförande för mötet väljs Per Lund.'].join('\n')).documents[0]!;
    expect([doc.kind, doc.meeting?.number, doc.meeting?.date]).toEqual(['minutes', null, '2025-03-09']);
  });

  it('is no agenda number either (`DAGORDNING ÅRSMÖTE 2026`), while a number in the year’s count stays (`Protokoll 2026:3`)', () => {
    const notice = parseText(['DAGORDNING ÅRSMÖTE 2026', '', '1. Mötets öppnande', '2. Val av justerare', '3. Verksamhetsberättelse', '4. Mötets avslutande'].join('\n')).documents[0]!;
    expect([notice.kind, notice.meeting?.number]).toEqual(['notice', null]);
    const minutes = parseText(['Protokoll 2026:3', '', 'Styrelsen', 'Datum: 2026-02-11', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '§ 2 Val av justerare', 'Eva Ek valdes till justerare.'].join('\n')).documents[0]!;
    expect(minutes.meeting?.number).toBe('2026:3');
  });
});
