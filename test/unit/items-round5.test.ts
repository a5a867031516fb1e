// Item and decision layouts read in round 5, each written anew with invented names,
// places and content: one heading over several §§, notes whose points carry their text
// on the number's line, single-word headings that end a decision, Swedish-language
// Finnish minutes that report a case's earlier treatments.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, text } from './helpers.js';

const heads = (doc: Document): [number | null, string, string | null][] => doc.items.map((i) => [i.number, i.title, i.caseNumber]);
const decided = (doc: Document): [number | null, [string, string | null][]][] => doc.items.map((i) => [i.number, i.decisions.map((d): [string, string | null] => [d.text, d.by])]);

describe('one heading over several paragraphs (`§§ 4 och 11`, `§§ 6-8`)', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Styrelsen, Samordningsförbundet Norrvik',
      'Datum 2024-03-12',
      '',
      '§ 3 Godkännande av dagordning',
      'Dagordningen godkänns.',
      '',
      '§§ 4 och 11 Verksamhetsplan 2025',
      'Förbundschefen redogjorde för planen. Se även §§ 12-14 nedan.',
      'Styrelsen beslutar att godkänna verksamhetsplanen.',
      '',
      '§ 5 Ekonomisk rapport',
      'Rapporten läggs till handlingarna.',
      '',
      '§§ 6-8 Projektansökningar',
      'Tre ansökningar behandlades.',
      '§§ 6-8 behandlades tillsammans.',
      '',
      '§ 9 Samverkan med kommunerna',
      'Informationen noteras.',
      '',
      '§ 10 Revision',
      'Informationen noteras.',
      '',
      '§ 12 Övriga frågor',
      'Inga övriga frågor.',
    ),
  );

  // (SCHEMA.md gives an item one number: the other §§ it covers leave no gap warning, and no field of their own)
  it('reads the heading as one item numbered by its first §', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [3, 'Godkännande av dagordning'],
      [4, 'Verksamhetsplan 2025'],
      [5, 'Ekonomisk rapport'],
      [6, 'Projektansökningar'],
      [9, 'Samverkan med kommunerna'],
      [10, 'Revision'],
      [12, 'Övriga frågor'],
    ]);
    expect(doc.items.every((i) => !('numbers' in i))).toBe(true);
  });

  it('a reference at a body line start opens no item, and the covered §§ leave no gap', () => {
    expect(doc.items.find((i) => i.number === 6)?.text).toContain('§§ 6-8 behandlades tillsammans.');
    expect(doc.warnings.filter((w) => w.code === 'paragraph-gap')).toEqual([]);
  });
});

describe('a single-word heading after the clauses of a decision ends them', () => {
  it('`Finansiering` and `Uppföljning` over their text, with or without a blank line after', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsen, Samordningsförbundet Västby',
        'Datum 2024-02-20',
        '',
        '§ 7 Budget 2025',
        'Förbundschefen föredrog förslaget.',
        '',
        'Beslut',
        'Styrelsen beslutar att',
        '- godkänna budget 2025',
        '- uppdra åt förbundschefen att redovisa budgeten för medlemmarna',
        '',
        'Finansiering',
        'Insatsen finansieras inom ramen för förbundets budget.',
        '',
        'Tidplan',
        '',
        'Arbetet startar i mars och avslutas i december.',
        '',
        '§ 8 Val till beredningsgruppen',
        'Styrelsens beslut',
        'Ordinarie',
        '',
        'Ersättare',
        '',
        'Per Ek',
        'Tove Lund',
      ),
    );
    expect(decided(doc)).toEqual([
      [7, [['godkänna budget 2025', 'Styrelsen'], ['uppdra åt förbundschefen att redovisa budgeten för medlemmarna', 'Styrelsen']]],
      [8, [['Ordinarie\nErsättare\nPer Ek Tove Lund', 'Styrelsen']]],
    ]);
  });
});

describe('notes whose numbered points carry their text on the number line', () => {
  const doc = meetingDoc(
    text(
      'MINNESANTECKNINGAR',
      'Beredningsgruppen, Samordningsförbundet Älvdalen',
      'Datum: 2024-05-14',
      '',
      '1. Mötets öppnande: Anna Berg hälsade alla välkomna och öppnade mötet.',
      '2. Föregående anteckningar: Anteckningarna gicks igenom och lades till handlingarna.',
      '3. Ekonomi: Kansliet redovisade utfallet per april och',
      'prognosen visar ett litet överskott.',
      'Kansliet återkommer i augusti.',
      '4. Insatser 2025 – Gruppen diskuterade behovet av fler platser i Steget Vidare.',
      '5. Budget 2026 – ska vi mäta nya saker?',
      '6. Mötets avslutande',
    ),
  );

  it('the heading before the colon or dash is the title, the sentences after it the text', () => {
    expect(heads(doc)).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Föregående anteckningar', null],
      [3, 'Ekonomi', null],
      [4, 'Insatser 2025', null],
      [5, 'Budget 2026 – ska vi mäta nya saker?', null],
      [6, 'Mötets avslutande', null],
    ]);
    expect(doc.items[2]!.text).toBe('Kansliet redovisade utfallet per april och prognosen visar ett litet överskott. Kansliet återkommer i augusti.');
  });

  it('a decision written in the point text is read', () => {
    expect(decided(doc)[1]).toEqual([2, [['Anteckningarna gicks igenom och lades till handlingarna.', null]]]);
  });

  it('in minutes a § with a body of its own keeps a colon title whole', () => {
    const minutes = meetingDoc(
      text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Väst', 'Datum: 2023-03-15', '', '§ 12 Remiss: Förslag till ny förordning om samordning.', 'Styrelsen beslutar att lämna ett yttrande.'),
    );
    expect(heads(minutes)).toEqual([[12, 'Remiss: Förslag till ny förordning om samordning', null]]);
  });

  it('in an agenda a point without a body keeps a colon title whole unless a sentence follows the colon', () => {
    const notice = meetingDoc(
      text('KALLELSE', 'Styrelsen, Samordningsförbundet Väst', 'Datum: 2023-03-15', '', '1. Remiss: Förslag till ny förordning om samordning.', '2. Ekonomi: Kansliet redovisar utfallet per februari.', '3. Övriga frågor'),
    );
    expect(notice.items.map((i) => [i.title, i.text])).toEqual([
      ['Remiss: Förslag till ny förordning om samordning', ''],
      ['Ekonomi', 'Kansliet redovisar utfallet per februari.'],
      ['Övriga frågor', ''],
    ]);
  });
});

describe('Swedish-language Finnish minutes: `12 §` headings, `Beredning`, `Förslag`, `Beslut`', () => {
  const doc = meetingDoc(
    text(
      'STADSSTYRELSEN',
      'PROTOKOLL 4/2024',
      'Sammanträdestid 12.2.2024 kl. 16.00–18.10',
      'Plats Stadshuset, Sjöbacka',
      '',
      '12 §',
      'Budgetuppföljning januari 2024',
      'SBY/145/02.02.00/2024',
      '',
      'Beredning',
      'Ekonomidirektör Mikael Holm, tfn 040 123 4567',
      '',
      'Stadens ekonomi har följts upp per januari.',
      '',
      'Förslag',
      'Stadsdirektör Anna Lindqvist',
      'Stadsstyrelsen antecknar budgetuppföljningen för kännedom.',
      '',
      'Beslut',
      'Stadsstyrelsen antecknade budgetuppföljningen för kännedom.',
      '',
      '13 §',
      'Motion om cykelvägar',
      'KH 88/00.00.01/2023',
      '',
      'Stadsstyrelsen 19.12.2022, 284 §',
      '',
      'Beredning',
      'Tekniska direktören har berett ärendet.',
      '',
      'Förslag',
      'Stadsstyrelsen återremitterar ärendet.',
      '',
      'Beslut',
      'Stadsstyrelsen återremitterade ärendet för ny beredning.',
      '',
      'Stadsstyrelsen 12.2.2024, 13 §',
      '',
      'Beredning',
      'Ärendet har beretts på nytt.',
      '',
      'Förslag',
      'Stadsstyrelsen föreslår att fullmäktige konstaterar att motionen är slutbehandlad.',
      '',
      'Beslut',
      'Stadsstyrelsen godkände förslaget.',
    ),
  );

  it('reads a Finnish register number under the title as the case number', () => {
    expect(heads(doc)).toEqual([
      [12, 'Budgetuppföljning januari 2024', 'SBY/145/02.02.00/2024'],
      [13, 'Motion om cykelvägar', 'KH 88/00.00.01/2023'],
    ]);
  });

  it('the decision of a § that reports earlier treatments is the one in its last block', () => {
    expect(decided(doc)).toEqual([
      [12, [['Stadsstyrelsen antecknade budgetuppföljningen för kännedom.', 'Stadsstyrelsen']]],
      [13, [['Stadsstyrelsen godkände förslaget.', 'Stadsstyrelsen']]],
    ]);
    expect(doc.items.map((i) => i.outcome)).toEqual(['noted', 'approved']);
  });

  it('the proposal leaves out who proposes it, and the earlier treatments’ proposals', () => {
    expect(doc.items.map((i) => i.proposal)).toEqual([
      'Stadsstyrelsen antecknar budgetuppföljningen för kännedom.',
      'Stadsstyrelsen föreslår att fullmäktige konstaterar att motionen är slutbehandlad.',
    ]);
  });
});

describe('a proposal to an organ named by a compound (`Arbetsutskottets förslag till socialnämnden`)', () => {
  it('heads the clauses under it as the proposal, no decision', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Socialnämndens arbetsutskott',
        'Sammanträdesdatum: 2021-09-14',
        '',
        '§ 42/21 Nya riktlinjer för försörjningsstöd',
        'SN 2021/118',
        '',
        'Arbetsutskottets förslag till socialnämnden',
        '1. Socialnämnden antar riktlinjer för försörjningsstöd.',
        '2. Riktlinjerna gäller från och med den 1 november 2021.',
        '',
        'Sammanfattning av ärendet',
        'Förvaltningen har sett över riktlinjerna.',
        '',
        '§ 43/21 Byggnadsnämndens taxa',
        '',
        'Förslag till byggnadsnämnden:',
        'Byggnadsnämnden antar taxan.',
      ),
    );
    expect(heads(doc)).toEqual([
      [42, 'Nya riktlinjer för försörjningsstöd', 'SN 2021/118'],
      [43, 'Byggnadsnämndens taxa', null],
    ]);
    expect(doc.items.map((i) => [i.proposal, i.decisions.length])).toEqual([
      ['1. Socialnämnden antar riktlinjer för försörjningsstöd.\n2. Riktlinjerna gäller från och med den 1 november 2021.', 0],
      ['Byggnadsnämnden antar taxan.', 0],
    ]);
  });
});

describe('a web agenda of two points, each with its case number under it', () => {
  it('reads `1 Title` / `Diarienummer …` as points though they count only to 2, and keeps `m.fl.` whole', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Samhällsbyggnadsutskottet',
        'Datum 2024-05-29',
        '',
        '1 Planbesked för fastigheten Sjöstad 2:114',
        '',
        'Diarienummer KSM-2024-301-214',
        '',
        'Samhällsbyggnadsutskottets förslag till beslut',
        '- Positivt planbesked ges för fastigheten Sjöstad 2:114.',
        '',
        '2 Planbesked för fastigheten Lövnäs 1:40 m.fl.',
        '',
        'Diarienummer KSM-2024-188-214',
        '',
        'Beskrivning av ärendet',
        'Ansökan gäller förtätning med radhus.',
      ),
    );
    expect(heads(doc)).toEqual([
      [1, 'Planbesked för fastigheten Sjöstad 2:114', 'KSM-2024-301-214'],
      [2, 'Planbesked för fastigheten Lövnäs 1:40 m.fl.', 'KSM-2024-188-214'],
    ]);
  });

  it('two numbered lines without case numbers stay body text', () => {
    const doc = meetingDoc(text('KALLELSE', 'Styrelsen', 'Datum 2024-05-29', '', '1 Mötets öppnande', 'Ordföranden öppnar.', '2 Val av justerare', 'Anna Ek väljs.'));
    expect(doc.items).toEqual([]);
  });
});

describe('a point that is one line: its title run on with a sentence, or a sentence alone', () => {
  it('`2. Föregående protokoll Protokollet lades till handlingarna.`: title, text and decision', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Beslutsgruppen för Skärgårdsprogrammet',
        'Datum: 2023-10-04',
        '',
        '1. Föregående protokoll Protokollet lades till handlingarna.',
        '2. Val av justerare Eva Lind valdes till justerare.',
        '3. Rapporter',
        'Kansliet rapporterade om läget i programmet.',
        '4. Information från Försäkringskassan i Norrby.',
        '5. Information om projektet Steget Vidare i Norrby kommun.',
        '6. Svar på skrivelse från ledamoten Karin Lund (V) om parklekar.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Föregående protokoll', 'Protokollet lades till handlingarna.'],
      [2, 'Val av justerare', 'Eva Lind valdes till justerare.'],
      [3, 'Rapporter', 'Kansliet rapporterade om läget i programmet.'],
      [4, 'Information från Försäkringskassan i Norrby', ''],
      [5, 'Information om projektet Steget Vidare i Norrby kommun', ''],
      [6, 'Svar på skrivelse från ledamoten Karin Lund (V) om parklekar', ''],
    ]);
    expect(decided(doc).slice(0, 2)).toEqual([
      [1, [['Protokollet lades till handlingarna.', null]]],
      [2, [['Eva Lind valdes till justerare.', null]]],
    ]);
  });

  it('`§ 3 Föregående protokoll läggs till handlingarna.`: a sentence alone stays the title, and decides', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Delegationen för digital samverkan',
        'Datum: 2023-06-07',
        '',
        '§ 1 Sammanträdet, som äger rum i departementets lokal Lilla Salen, öppnas.',
        '',
        '§ 2 Föregående sammanträdesprotokoll läggs till handlingarna.',
        '',
        '§ 3 Kanslichefen redogör för arbetet med den nya strategin.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [1, 'Sammanträdet, som äger rum i departementets lokal Lilla Salen, öppnas', []],
      [2, 'Föregående sammanträdesprotokoll läggs till handlingarna', ['Föregående sammanträdesprotokoll läggs till handlingarna.']],
      [3, 'Kanslichefen redogör för arbetet med den nya strategin', []],
    ]);
    expect(doc.items[1]!.outcome).toBe('noted');
  });
});

describe('an organ’s headings whose § a PDF lost (`Ks 250 Title`)', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Kommunstyrelsen',
      'Datum 2024-10-15',
      '',
      'Ks 251 Ordföranderemisser',
      'Förteckning över inkomna ärenden som ordföranden remitterat för beredning.',
      'Kommunstyrelsen beslutar att lägga förteckningen till handlingarna.',
      '',
      'Ks 252 Ks 478/2024 Optionsavtal för del av fastigheten Norrby 2:2',
      'Kommunstyrelsen beslutar att godkänna optionsavtalet.',
      '',
      'BILAGA 3 Budget för 2025',
      'Ks 253 Delårsrapport per den 31 augusti 2024',
      'Kommunstyrelsen beslutar att överlämna delårsrapporten till fullmäktige.',
    ),
  );

  it('reads the items by the organ’s abbreviation before the number, and a case number before the title', () => {
    expect(heads(doc)).toEqual([
      [251, 'Ordföranderemisser', null],
      [252, 'Optionsavtal för del av fastigheten Norrby 2:2', 'Ks 478/2024'],
      [253, 'Delårsrapport per den 31 augusti 2024', null],
    ]);
    expect(doc.items[0]!.text).not.toContain('BILAGA');
    expect(doc.items[1]!.text).toContain('BILAGA 3 Budget för 2025');
  });
});

describe('group headings that say who decides (`BESLUTAS AV KOMMUNFULLMÄKTIGE`)', () => {
  it('are sections of the §§ under them, no part of the § before', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsen',
        'Datum 2024-04-08',
        '',
        'BESLUTAS AV KOMMUNFULLMÄKTIGE',
        '',
        '§ 102 Riktlinjer för markanvisningar',
        'Kommunstyrelsens förslag till kommunfullmäktige',
        'Kommunfullmäktige antar riktlinjerna.',
        '',
        'BESLUTAS AV KOMMUNSTYRELSEN',
        '',
        '§ 103 Anmälningsärenden',
        'Kommunstyrelsens beslut',
        'Anmälningarna läggs till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.section, i.type, i.proposal])).toEqual([
      [102, 'BESLUTAS AV KOMMUNFULLMÄKTIGE', 'decision', 'Kommunfullmäktige antar riktlinjerna.'],
      [103, 'BESLUTAS AV KOMMUNSTYRELSEN', 'decision', null],
    ]);
  });
});

describe('`Beslut att …` without a colon, and points whose title ends in a full stop', () => {
  it('`Beslut att välja …` is a decision, its `att` no part of it', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Möte med föreningens styrelse den 16 september 2023',
        '',
        '§44 Val av justerare',
        '',
        'Beslut att välja Rut Ahlgren till justerare av protokollet.',
        '',
        '§45 Rapport till medlemsbladet',
        '',
        'Tor Bäck har skrivit ett utkast.',
        'Beslut att uppdra åt Tor Bäck att skriva en rapport från mötet.',
        '',
        '§46 Beslut att bygga om lokalen',
        '',
        'Arbetet har påbörjats.',
      ),
    );
    expect(decided(doc)).toEqual([
      [44, [['välja Rut Ahlgren till justerare av protokollet.', null]]],
      [45, [['uppdra åt Tor Bäck att skriva en rapport från mötet.', null]]],
      [46, []],
    ]);
  });

  it('`3. Godkännande av föredragningslista. Föredragningslistan godkändes.`: title, text, decision', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsen för föreningen Bro Norrvik',
        'Datum 2023-11-08',
        '',
        '1. Mötets öppnande. Ordförande Bo Ek öppnade mötet och hälsade alla välkomna.',
        '2. Godkännande av föredragningslista. Föredragningslistan godkändes.',
        '3. Mötets avslutande',
      ),
    );
    expect(doc.items.map((i) => [i.title, i.text, i.decisions.map((d) => d.text)])).toEqual([
      ['Mötets öppnande', 'Ordförande Bo Ek öppnade mötet och hälsade alla välkomna.', []],
      ['Godkännande av föredragningslista', 'Föredragningslistan godkändes.', ['Föredragningslistan godkändes.']],
      ['Mötets avslutande', '', []],
    ]);
  });
});

describe('Finnish minutes that head each § page `§ 31, SSTYR 2024-03-05 18:00 Sida 2`', () => {
  it('reads the § from the page head and its title from the line after', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Stadsstyrelsen i Åsby',
        'SAMMANTRÄDESTID: 05.03.2024 kl. 18:00 – 20:10',
        '',
        '§ 31, SSTYR 2024-03-05 18:00 Sida 2',
        '',
        'Sammanträdets laglighet och beslutförhet',
        '',
        'Sammanträdet konstaterades vara lagligen sammankallat och beslutfört.',
        '',
        '§ 32, SSTYR 2024-03-05 18:00 Sida 3',
        '',
        'Protokollets justering',
        '',
        'Till protokolljusterare valdes Eva Holm och Per Sand.',
      ),
    );
    expect(heads(doc)).toEqual([
      [31, 'Sammanträdets laglighet och beslutförhet', null],
      [32, 'Protokollets justering', null],
    ]);
    expect(decided(doc)[1]).toEqual([32, [['Till protokolljusterare valdes Eva Holm och Per Sand.', null]]]);
  });
});

describe('sub-items numbered with their parent’s number and a letter (`1.a`, `2 b)`)', () => {
  it('are sub-items a, b, … of the point, each with its own decisions', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Förbundsstyrelsen, Norrviks idrottsförbund',
        'Datum 2023-05-03',
        '',
        '1. Sammanträdets öppnande',
        'Ordf öppnar mötet och hälsar samtliga välkomna.',
        '1.a Protokolljusterare',
        'Till protokolljusterare utses Jan Ek.',
        '1.b Anmälan av föregående protokoll',
        'Protokollet läggs till handlingarna.',
        '2. Beslutsärenden',
        '2 a) Budget för 2024',
        'Förbundsstyrelsen beslutar att fastställa budgeten för 2024.',
        '3. Rapporter',
        'Kansliet rapporterar om verksamheten.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.subItems.map((s) => [s.label, s.title, s.decisions.map((d) => d.text)])])).toEqual([
      [
        1,
        'Sammanträdets öppnande',
        [
          ['a', 'Protokolljusterare', ['Till protokolljusterare utses Jan Ek.']],
          ['b', 'Anmälan av föregående protokoll', ['Protokollet läggs till handlingarna.']],
        ],
      ],
      [2, 'Beslutsärenden', [['a', 'Budget för 2024', ['Förbundsstyrelsen beslutar att fastställa budgeten för 2024.']]]],
      [3, 'Rapporter', []],
    ]);
  });
});

describe('attachments named in a body line of their own or after a comma', () => {
  it('`Bilaga 7a …` under the title is no part of the decision; `…, bilaga 6.` names an attachment', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsen, Samordningsförbundet Södra Vik',
        'Datum 2024-06-11',
        '',
        '§ 22 Attestordning',
        'Förslag till attestordning, bilaga 6.',
        'Styrelsen beslutar att anta attestordningen.',
        '',
        '§ 23 Revisionsrapport',
        'Bilaga: Revisorernas rapport',
        'Bilaga 7a Revisionsberättelse',
        'Rapporten läggs till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.attachments, i.decisions.map((d) => d.text)])).toEqual([
      [22, ['6'], ['Styrelsen beslutar att anta attestordningen.']],
      [23, ['7a'], ['Rapporten läggs till handlingarna.']],
    ]);
  });
});
