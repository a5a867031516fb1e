// A working group's or a network's notes: `Dag:` / `Plats:` / `Deltagare:` over one `Name, Unit` a line, then
// `Meddelat förhinder:` (who stayed away: absent) and `Kopia för kännedom:` (who gets a copy: nobody at the meeting,
// and no organ that met), then subjects under unnumbered headings with bullets under them, who presents a subject in
// brackets after its heading (`(Jonna)`), and what the meeting concluded under `Konklusion:` or `• Beslut:`. A second
// body writes the same without blank lines. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const network = text(
  'Anteckningar från möte i nätverket för förebyggande arbete',
  '',
  'Dag: Tisdag 7 november 2023',
  'Plats: Stadshuset, sal Ekorren',
  'Deltagare:',
  'Karin Vall, Socialtjänsten',
  'Tomas Ek, Arbetsförmedlingen',
  'Lena Sund, Försäkringskassan',
  'Pia Nord, Vuxenpsykiatrin',
  'Omar Haddad, Primärvården',
  'Jonna Ström, Samordningsförbundet',
  'Erik Malm, Socialtjänsten',
  'Meddelat förhinder:',
  'Sofia Berg, Region Norrbo',
  'Lars Ahl, Polisen',
  'Kopia för kännedom:',
  'Styrgruppen',
  'Anders Lund, förbundschef',
  '',
  'Föregående anteckningar',
  '• Gicks igenom och lades till handlingarna.',
  '',
  'Information från förbundet (Jonna)',
  '• Förbundet har fått en förfrågan om stöd till en konferens.',
  '• Styrelsen behandlar frågan i december.',
  'Konklusion:',
  '• Nätverket ställer sig positivt till konferensen.',
  '',
  'Övrigt',
  '• Inga övriga frågor.',
);

const group = text(
  'Minnesanteckningar – Beredningsgruppen',
  'Datum: 2024-04-11',
  'Närvarande: Anna Ek, Maja Holm, Per Sund',
  'Meddelat förhinder: Lisa Berg',
  'Ekonomisk uppföljning (Maja)',
  '• Utfallet per mars visar ett litet överskott.',
  '• Prognosen för helåret är oförändrad.',
  'Insatser',
  '• Projektet Steget har nu 14 deltagare.',
  '• Beslut: Gruppen tar fram en plan för uppföljningen.',
  'Övriga frågor',
  '• Inga.',
);

describe('notes with header lists and bulleted subjects', () => {
  const doc = meetingDoc(network);

  it('reads everyone present, those who stayed away as absent, and no copy recipient', () => {
    const roles = doc.participants.map((p) => [p.name, p.role]);
    expect(roles.filter(([, r]) => r === 'other').map(([n]) => n)).toEqual([
      'Karin Vall', 'Tomas Ek', 'Lena Sund', 'Pia Nord', 'Omar Haddad', 'Jonna Ström', 'Erik Malm',
    ]);
    expect(roles.filter(([, r]) => r === 'absent').map(([n]) => n)).toEqual(['Sofia Berg', 'Lars Ahl']);
    expect(doc.participants.map((p) => p.name)).not.toContain('Styrgruppen');
    expect(doc.participants.map((p) => p.name)).not.toContain('Anders Lund');
  });

  it('takes no organ from who gets a copy', () => {
    expect(doc.meeting?.body).toBeNull();
  });

  it('has the headings as items, the presenter out of the title, the conclusion decided', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['Föregående anteckningar', 'Information från förbundet', 'Övrigt']);
    expect(doc.items[1]!.presenter).toBe('Jonna');
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Nätverket ställer sig positivt till konferensen.']);
  });

  it('reads notes written without blank lines the same way', () => {
    const other = meetingDoc(group);
    expect(other.items.map((i) => i.title)).toEqual(['Ekonomisk uppföljning', 'Insatser', 'Övriga frågor']);
    expect(other.items[0]!.presenter).toBe('Maja');
    expect(other.items[1]!.decisions.map((d) => d.text)).toEqual(['Gruppen tar fram en plan för uppföljningen.']);
    expect(other.participants.find((p) => p.name === 'Lisa Berg')?.role).toBe('absent');
  });
});

describe('a notes date', () => {
  it('reads a day and month with the year after a dash', () => {
    const doc = meetingDoc(text('Minnesanteckningar fört vid styrelsens möte 5/5-2021', 'Närvarande: Anna Ek, Per Sund', '', '• Diskuterades planen.'));
    expect(doc.meeting?.date).toBe('2021-05-05');
  });

  it('takes no month from an e-mail address in the letterhead', () => {
    const doc = meetingDoc(text('Ordf. Jan Ekholm 070-123 45 03 jan.ekholm@exempel.se', '', 'Minnesanteckningar fört vid styrelsens möte 12/4-2022', '', '• Diskuterades planen.'));
    expect(doc.meeting?.date).toBe('2022-04-12');
  });
});

describe('a list of `Name, Unit` entries one a line', () => {
  const list = (heading: string): string =>
    text(
      'Minnesanteckningar från forum den 12 april 2017',
      '',
      heading,
      'Agneta Rolfhamre, Kansliet',
      'Ximena Batel, Kansliet',
      'Björn Cedersjö, Länsstyrelsen',
      'Carl Fridén, Kulturdepartementet',
      'Conny Sandberg, Regionen',
      'Felicia Linsér, Ungdomsrådet',
      '',
      '1. Välkommen och inledning',
      '',
      'Björn öppnade mötet.',
      '',
      '2. Information',
      '',
      'Kansliet informerade.',
    );

  for (const heading of ['Närvarande', 'Deltagare:']) {
    it(`keeps everyone under ${heading}, a given name the lexicon lacks among them`, () => {
      const doc = meetingDoc(list(heading));
      expect(doc.participants.map((p) => p.name)).toEqual(['Agneta Rolfhamre', 'Ximena Batel', 'Björn Cedersjö', 'Carl Fridén', 'Conny Sandberg', 'Felicia Linsér']);
    });
  }
});
