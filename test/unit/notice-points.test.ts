// Notices and notes of bodies not met before, in layouts seen in real ones (a kallelse
// whose first point has no number, presenters on a line under the title, …), written anew
// with invented names, places and content.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a notice\'s first point without a number', () => {
  it('`Val av justerare` over `1. Godkännande av dagordning` is a point of its own, its number null', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen för Samordningsförbundet Östra Myrlandet',
        '',
        'Tid: Tisdag 8 oktober 2024 kl. 13.00–15.00',
        'Plats: Förbundets kontor, Myrby',
        '',
        'Föredragningslista',
        '',
        'Mötets öppnande',
        'Val av justerare',
        '1. Godkännande av dagordning',
        '2. Budget 2025',
        '3. Övriga frågor',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Mötets öppnande'],
      [null, 'Val av justerare'],
      [1, 'Godkännande av dagordning'],
      [2, 'Budget 2025'],
      [3, 'Övriga frågor'],
    ]);
  });

  it('a line above the list that names no opening formality is no point', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen för Samordningsförbundet Östra Myrlandet',
        'Tid: Tisdag 8 oktober 2024 kl. 13.00',
        '',
        'Förslag till dagordning',
        '1. Val av justerare',
        '2. Budget 2025',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2]);
  });
});

describe('a presenter on the line under an agenda title', () => {
  it('`Föredragande: …` ends the title and names the presenter', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen för Samordningsförbundet Östra Myrlandet',
        'Tid: Tisdag 8 oktober 2024 kl. 13.00',
        '',
        '1. Val av justerare',
        '2. Ekonomisk rapport',
        '   Föredragande: Hedda Lönn, ekonom',
        '3. Verksamhetsplan 2025',
        'Föredragande: förbundschef Ivar Stake',
        '4. Övriga frågor',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter])).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Ekonomisk rapport', 'Hedda Lönn'],
      [3, 'Verksamhetsplan 2025', 'Ivar Stake'],
      [4, 'Övriga frågor', null],
    ]);
  });
});

describe('headings of an organ that writes no § sign', () => {
  it('`Ks 42 Dnr 2024/301` over its title, `Ks 44 Dnr 2024/17 Title` on one line', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2024-09-10',
        '',
        'Plats och tid: Rådhuset, Nyby, kl. 13.00-16.00',
        '',
        'Ks 42 Dnr 2024/301',
        'Information om lokalförsörjning',
        'Fastighetschefen informerar om läget.',
        '',
        'Ks 43 Dnr KS 2024/305',
        'Taxa för bygglov 2025',
        'Kommunstyrelsen beslutar',
        'att föreslå fullmäktige att anta taxan.',
        '',
        'Ks 44 Dnr 2024/17 Delegationsbeslut',
        'Kommunstyrelsen beslutar',
        'att lägga redovisningen till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [42, 'Information om lokalförsörjning', '2024/301'],
      [43, 'Taxa för bygglov 2025', 'KS 2024/305'],
      [44, 'Delegationsbeslut', '2024/17'],
    ]);
  });

  it('a line opening with a word and a number but no case number\'s label is no heading', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2024-09-10',
        '',
        '§ 7 Budget',
        'Kommunstyrelsen beslutar',
        'att anta budgeten.',
        'Ks 12 Budgeten redovisades i augusti.',
        '',
        '§ 8 Övrigt',
        'Inget att ta upp.',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([7, 8]);
  });
});

describe('an agenda written as a bulleted list', () => {
  it('`• Title` lines are points without numbers; a type word after a dash is read off', () => {
    const doc = meetingDoc(
      text(
        'Dagordning styrelsemöte',
        'Samordningsförbundet Havsbandet',
        'Datum: 12 juni 2024, kl 10:00-12:00',
        'Plats: Distans via Zoom',
        '',
        '• Mötets öppnande',
        '• Val av justerare',
        '• Verksamhetsplan 2025 – beslut',
        '• Mötets avslutande',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual([
      [null, 'Mötets öppnande', null],
      [null, 'Val av justerare', null],
      [null, 'Verksamhetsplan 2025', 'decision'],
      [null, 'Mötets avslutande', null],
    ]);
  });

  it('numbered points win over bullets in their bodies', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar',
        'Beredningsgruppen, Samordningsförbundet Havsbandet',
        'Datum: 2024-03-05',
        '',
        '1. Läget i insatserna',
        '- Kursen Start har tio deltagare',
        '- Kursen Steg har sex deltagare',
        '- Kursen Mål har fyra deltagare',
        '2. Nästa möte',
        'Den 2 april.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Läget i insatserna'],
      [2, 'Nästa möte'],
    ]);
  });
});

describe('what notes say was agreed', () => {
  it('`Gruppen enades om att …`, `Vi kom överens om att …` are decisions; a report of talk is none', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar',
        'Beredningsgruppen, Samordningsförbundet Havsbandet',
        'Datum: 2024-03-05',
        '',
        '1. Insatsen Bron',
        'Gruppen diskuterade läget. Gruppen enades om att be om en ny rapport i maj.',
        '',
        '2. Workshop',
        'Vi kom överens om att hålla en workshop i oktober.',
      ),
    );
    expect(doc.kind).toBe('notes');
    expect(doc.items.map((i) => i.decisions.map((d) => [d.text, d.by]))).toEqual([
      [['Gruppen enades om att be om en ny rapport i maj.', 'Gruppen']],
      [['Vi kom överens om att hålla en workshop i oktober.', 'Vi']],
    ]);
  });
});

describe('an agenda table whose rows lost their outer pipes', () => {
  it('`2 | Title | Dnr | Presenter` rows give number, title, case number and presenter', () => {
    const doc = meetingDoc(
      text(
        'ÄRENDELISTA',
        'Socialnämnden',
        'Sammanträdesdatum 2024-05-15',
        '',
        'Nr | Ärende | Dnr | Föredragande',
        '1 | Val av justerare | | ',
        '2 | Ekonomisk uppföljning april | SN 2024/31 | Lena Ny',
        '3 | Riktlinjer för bistånd | SN 2024/18 | Tor Vik',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Val av justerare', null, null],
      [2, 'Ekonomisk uppföljning april', 'SN 2024/31', 'Lena Ny'],
      [3, 'Riktlinjer för bistånd', 'SN 2024/18', 'Tor Vik'],
    ]);
  });
});

describe('a notice\'s closing after its last point', () => {
  it('`Anmäl förhinder …`, `Välkomna!` and the signer are no part of the last point', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE OCH FÖREDRAGNINGSLISTA',
        'Styrelsen för Samordningsförbundet Östra Myrlandet',
        'Tid: Fredag 7 februari 2025 kl. 09.00',
        '',
        '1) Val av justerare',
        '',
        '2) Årsredovisning 2024',
        'Förslag till beslut: Styrelsen godkänner årsredovisningen.',
        '',
        '3) Mötets avslutande',
        '',
        'Anmäl förhinder till sekreteraren senast dagen före.',
        'Välkomna!',
        'Hanna Lilja, ordförande',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Val av justerare', ''],
      [2, 'Årsredovisning 2024', 'Förslag till beslut: Styrelsen godkänner årsredovisningen.'],
      [3, 'Mötets avslutande', ''],
    ]);
  });
});
