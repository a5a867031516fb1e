// The meeting of a document (SCHEMA.md, Meeting): organisation, organ, date and hours,
// place, remote, number and declared § range, read from the header of synthetic minutes,
// notices and notes.
import { describe, expect, it } from 'vitest';
import { MEMBERS, ITEMS, meetingDoc, text } from './helpers.js';

const withHeader = (...header: string[]): string => [text(...header), MEMBERS, ITEMS].join('\n');

describe('meeting', () => {
  it('reads `Organ`, `Dag Fredag 27 mars 2020, klockan 09.30 – 11.30` and `Plats`', () => {
    const doc = meetingDoc(
      withHeader(
        ' Organ Medlemssamråd för Sjuhärads Samordningsförbund ',
        '',
        'Dag Fredag 27 mars 2020, klockan 09.30 – 11.30  ',
        '',
        'Plats Solhem Regionens Hus, Borås (Ekenäsgatan 15, Lokal, Avsikten) ',
        '',
        'Omfattning',
        '',
        '§§ 1-8',
        '',
      ),
    );
    expect(doc.meeting).toEqual({
      organisation: 'Sjuhärads Samordningsförbund',
      body: 'medlemssamråd',
      date: '2020-03-27',
      startTime: '09:30',
      endTime: '11:30',
      location: 'Solhem Regionens Hus, Borås (Ekenäsgatan 15, Lokal, Avsikten)',
      remote: null,
      number: null,
      paragraphs: { from: 1, to: 8 },
    });
  });

  it('reads `Tisdagen den 26 november` with the year written on a line of its own, the number and `Paragrafer § 1 - § 9`', () => {
    const doc = meetingDoc(
      withHeader(
        '# PROTOKOLL 6',
        '',
        '2024',
        '',
        'Plats och tid',
        '',
        'Styrelsemöte Samordningsförbundet Skaraborg',
        '',
        'Tisdagen den 26 november kl. 9:00–12:00',
        '',
        'Paragrafer § 1 - § 9',
        '',
      ),
    );
    expect(doc.title).toBe('PROTOKOLL 6');
    expect(doc.meeting).toMatchObject({
      organisation: 'Samordningsförbundet Skaraborg',
      body: 'styrelse',
      date: '2024-11-26',
      startTime: '09:00',
      endTime: '12:00',
      number: '6',
      paragraphs: { from: 1, to: 9 },
    });
  });

  it('reads the place from the sentence that opens the minutes, after the hours (`… kl. 10.00–11.30 i förbundets lokaler, …`)', () => {
    const doc = meetingDoc(
      withHeader(
        'Protokoll fört vid sammanträde med arbetsutskottet för Samordningsförbundet Västerfjäll den 12 december 2023',
        'kl. 10.00–11.30 i förbundets lokaler, Fjällgatan 3, Västerby.',
      ),
    );
    expect(doc.meeting).toMatchObject({ date: '2023-12-12', startTime: '10:00', endTime: '11:30', location: 'förbundets lokaler, Fjällgatan 3, Västerby' });
  });

  it('takes no place from hours followed by a reason (`kl. 14.00–14.15 på grund av …`)', () => {
    const doc = meetingDoc(withHeader('PROTOKOLL', 'Styrelsen', 'Datum 2023-12-12', 'Mötet ajourneras kl. 14.00–14.15 på grund av tekniska problem.'));
    expect(doc.meeting?.location).toBeNull();
  });

  it('reads `230531` after `Datum:`, `Tid 09.00 – 11.00` and a remote place', () => {
    const doc = meetingDoc(
      withHeader(
        ' Datum: 230531 ',
        '',
        'Protokoll fört vid sammanträde med arbetsutskottet för Samordningsförbundet i  ',
        'Kalmar län torsdagen den 31 maj 2023  ',
        ' ',
        'Plats:  Via teams ',
        ' ',
        'Tid  09.00 – 11.00 ',
        '',
      ),
    );
    expect(doc.kind).toBe('minutes');
    expect(doc.meeting).toEqual({
      organisation: 'Samordningsförbundet i Kalmar län',
      body: 'arbetsutskott',
      date: '2023-05-31',
      startTime: '09:00',
      endTime: '11:00',
      location: 'Via teams',
      remote: true,
      number: null,
      paragraphs: null,
    });
  });

  it('reads `2020-10-30` and `Plats och tid … klockan 8.30-12.00`, and a hybrid meeting is remote', () => {
    const doc = meetingDoc(
      withHeader(
        'PROTOKOLL ',
        'Sammanträdesdatum ',
        '',
        'Samordningsförbundet Umeåregionen 2020-10-30 ',
        '___________________________________________________________________ ',
        ' ',
        'Plats och tid Sveagatan 8 i Umeå samt via distansteknik, klockan 8.30-12.00 ',
        '',
      ),
    );
    expect(doc.meeting).toMatchObject({
      organisation: 'Samordningsförbundet Umeåregionen',
      date: '2020-10-30',
      startTime: '08:30',
      endTime: '12:00',
      location: 'Sveagatan 8 i Umeå samt via distansteknik',
      remote: true,
    });
  });

  it('takes the meeting day of a kallelse, not the day it was sent', () => {
    const doc = meetingDoc(
      text(
        '2020-11-23 ',
        '',
        'KALLELSE  ',
        'FÖREDRAGNINGSLISTA ',
        '',
        'Styrelsens sammanträde 2020-11-27, klockan 08.30 – 12.00  ',
        'Lokal: Distansmöte via Zoom eller Skype (länk kommer i Outlook-bokning)  ',
        '',
        '1. Mötets öppnande',
        '',
        '2. Val av justerare',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.title).toBe('KALLELSE FÖREDRAGNINGSLISTA');
    expect(doc.meeting).toMatchObject({
      body: 'styrelse',
      date: '2020-11-27',
      startTime: '08:30',
      endTime: '12:00',
      location: 'Distansmöte via Zoom eller Skype (länk kommer i Outlook-bokning)',
      remote: true,
      number: null,
    });
  });

  it('does not take the justering date or the next meeting for the meeting date', () => {
    const doc = meetingDoc(
      withHeader('PROTOKOLL', 'Styrelsen, Samordningsförbundet Väst', 'Justeringsdatum: 2023-03-22', 'Nästa sammanträde: 2023-05-10', 'Sammanträdesdatum: 2023-03-15', ''),
    );
    expect(doc.meeting?.date).toBe('2023-03-15');
  });

  it('reads a weekday date with the year on the same line, and a place with the times beside it', () => {
    const doc = meetingDoc(
      withHeader(
        'PROTOKOLL',
        'Styrelsen',
        'Samordningsförbundet Väst',
        'Tid och plats: Onsdagen den 15 mars 2023, kl. 13.00-15.30, Stadshuset i Vänersborg',
        '',
      ),
    );
    expect(doc.meeting).toMatchObject({
      organisation: 'Samordningsförbundet Väst',
      body: 'styrelse',
      date: '2023-03-15',
      startTime: '13:00',
      endTime: '15:30',
      location: 'Stadshuset i Vänersborg',
      remote: null,
    });
  });

  it('does not run the förbund name into a label on the next line', () => {
    const doc = meetingDoc(withHeader('PROTOKOLL 3', 'Samordningsförbundet Väst', 'Sammanträdesdatum 2023-06-01', 'Tid: kl 13.00', ''));
    expect(doc.meeting).toMatchObject({ organisation: 'Samordningsförbundet Väst', date: '2023-06-01', startTime: '13:00', number: '3' });
  });

  it('turns `31 juni 2023` into no date and an `invalid-date` warning on its line', () => {
    const doc = meetingDoc(withHeader('PROTOKOLL', 'Samordningsförbundet Väst, styrelsen', 'Datum: 31 juni 2023', 'Tid: 13.00 – 15.00', ''));
    expect(doc.meeting?.date).toBeNull();
    expect(doc.meeting?.startTime).toBe('13:00');
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: 'invalid-date', line: 3 }));
  });

  it('reads the organ, förbund and hours of minnesanteckningar', () => {
    const doc = meetingDoc(
      text(
        'MINNESANTECKNINGAR',
        'Beredningsgruppen, Samordningsförbundet Väst',
        '2023-05-04 kl. 13.00–15.00',
        'Plats: Kansliet, Storgatan 1',
        '',
        'Närvarande',
        'Anna Ek, Försäkringskassan',
        '',
        '1. Inledning',
        'Anna hälsar välkommen.',
      ),
    );
    expect(doc.kind).toBe('notes');
    expect(doc.meeting).toMatchObject({
      organisation: 'Samordningsförbundet Väst',
      body: 'beredningsgrupp',
      date: '2023-05-04',
      startTime: '13:00',
      endTime: '15:00',
      location: 'Kansliet, Storgatan 1',
      remote: null,
    });
    expect(doc.participants).toMatchObject([{ name: 'Anna Ek', role: 'other', roleLabel: 'Närvarande', organisation: 'Försäkringskassan' }]);
  });

  it.each<[string, string]>([
    ['Förbundsstyrelsen', 'förbundsstyrelse'],
    ['Arbetsutskottet', 'arbetsutskott'],
    ['Styrelsemöte', 'styrelse'],
    ['Medlemssamråd', 'medlemssamråd'],
    ['Beredningsgruppen', 'beredningsgrupp'],
    // (an adjective of the name in the indefinite form the canonical noun takes, a neuter noun's with `-t`)
    ['Tekniska nämnden', 'teknisk nämnd'],
    ['Gemensamma servicenämnden', 'gemensam servicenämnd'],
    ['Sociala nämnden', 'social nämnd'],
    ['Allmänna utskottet', 'allmänt utskott'],
    ['TEKNISKA NÄMNDEN', 'teknisk nämnd'],
  ])('names the organ %j as %j', (organ, body) => {
    const doc = meetingDoc(withHeader('PROTOKOLL', organ, 'Finsam Göteborg', 'Datum: 2023-03-15', ''));
    expect(doc.meeting?.body).toBe(body);
    expect(doc.meeting?.organisation).toBe('Finsam Göteborg');
  });

  it.each<[string, boolean | null]>([
    ['Plats: Digitalt via Teams', true],
    ['Plats: Hybridmöte, Stadshuset och Teams', true],
    ['Plats: Zoom', true],
    ['Plats: Videokonferens', true],
    ['Plats: Telefonkonferens', true],
    ['Plats: Stadshuset, Vänersborg', null],
  ])('%j is remote: %s', (place, remote) => {
    const doc = meetingDoc(withHeader('PROTOKOLL', 'Styrelsen, Samordningsförbundet Väst', 'Datum: 2023-03-15', place, ''));
    expect(doc.meeting?.remote).toBe(remote);
  });

  it.each<[string, string | null]>([
    ['ÖSTERVIKS KOMMUN           KALLELSE OCH FÖREDRAGNINGSLISTA        5/2024', '5/2024'],
    ['ÖSTERVIKS KOMMUN           PROTOKOLL                              5/2024', '5/2024'],
    ['Föredragningslista 3/2024', '3/2024'],
    // the number in an operating year that spans two calendar years
    ['PROTOKOLL NR 3/92-93', '3/92-93'],
    ['Protokoll nr 7/2023-2024', '7/2023-2024'],
    ['ÖSTERVIKS KOMMUN           PROTOKOLL                              1(12)', null],
    ['Dagordning 2024-03-05', null],
  ])('reads the number of %j as %j', (title, number) => {
    const doc = meetingDoc(withHeader(title, 'Socialnämnden', 'Sammanträdestid   12.3.2024 kl. 18.00', ''));
    expect(doc.meeting?.number).toBe(number);
  });

  it('reads the title and number beside the organ under a letterhead (the organ in the first column of the row)', () => {
    const doc = meetingDoc(
      text(
        'STRANDBY KOMMUN', 'Socialnämnden\t\tPROTOKOLL\t\t3/2024', '', 'Sammanträdestid\t12.3.2024 kl. 18.00', '',
        '24 §\tSammanträdets laglighet', '', 'Beslut:', 'Sammanträdet konstaterades lagligt.',
      ),
    );
    expect(doc.title).toBe('PROTOKOLL 3/2024');
    expect(doc.meeting?.number).toBe('3/2024');
  });

  it('leaves what the header does not say null', () => {
    const doc = meetingDoc(withHeader('PROTOKOLL', ''));
    expect(doc.meeting).toMatchObject({ date: null, startTime: null, endTime: null, location: null, number: null, paragraphs: null });
  });
});
