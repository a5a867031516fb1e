// Item headings in layouts of municipal minutes beyond the seeds (SCHEMA.md "Item"): each
// text is invented, written in the layout of real minutes.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('a case number on a line of its own above the § heading', () => {
  const doc = meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunstyrelsen',
      'Sammanträdesdatum 2024-05-06',
      '',
      'KS/2024:18',
      '§ 40 Val till kommunala uppdrag',
      'Beslut',
      'Nedanstående avsägelse godkänns:',
      'Lisa Ekströms (L) avsägelse som ersättare i valnämnden.',
      '',
      'KS/2024:22',
      '§ 41 Ändrad taxa för',
      'bygglov och planbesked',
      'Beslut',
      'Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.',
      '',
      'KS 2024/31',
      '',
      '§ 42 Budgetuppföljning',
      'Ekonomichefen redovisar utfallet.',
      'Informationen läggs till handlingarna.',
    ),
  );
  it('is the case number of the heading under it', () => {
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.title])).toEqual([
      [40, 'KS/2024:18', 'Val till kommunala uppdrag'],
      [41, 'KS/2024:22', 'Ändrad taxa för bygglov och planbesked'],
      [42, 'KS 2024/31', 'Budgetuppföljning'],
    ]);
  });
  it('is no part of the item before, nor a decision of it', () => {
    expect(item(doc, 40).text).not.toContain('KS/2024:22');
    expect(item(doc, 40).decisions).toHaveLength(1);
    expect(item(doc, 41).text).not.toContain('KS 2024/31');
  });
  it('under an item with no body it stays that item’s own', () => {
    const d = meetingDoc(text('PROTOKOLL', 'Styrelsen', '', '§ 5 Delårsrapport', 'Dnr 2024/17', '', '§ 6 Övriga frågor', 'Inga övriga frågor.'));
    expect(d.items.map((i) => [i.number, i.caseNumber])).toEqual([
      [5, '2024/17'],
      [6, null],
    ]);
  });
});

describe('titles wrapped where a reader would join them', () => {
  it('`Verksamhetsplan 2025 –` / `beslut`: the dash goes on with the kind of point on the next line', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar',
        'Beredningsgruppen, Samordningsförbundet Norrdal',
        'Datum: 2024-03-07',
        '',
        'Punkt 1 Mötets öppnande',
        'Ordföranden öppnade mötet.',
        '',
        'Punkt 2 Verksamhetsplan 2025 –',
        'beslut',
        'Förbundschefen Maria Dahl föredrog förslaget.',
        '',
        'Punkt 3 Övrigt',
        'Inget övrigt.',
      ),
    );
    const it2 = item(doc, 2);
    expect([it2.title, it2.type]).toEqual(['Verksamhetsplan 2025', 'decision']);
    // the presenter's sentence is no decision under a `beslut` heading
    expect(it2.decisions).toEqual([]);
  });

  it('an extract’s title wrapped over two lines above the § and `X beslutar` / `att …` under it', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLLSUTDRAG',
        'Direktionen',
        'Sammanträdesdatum 2024-06-12',
        '',
        'Årsredovisning 2023 för',
        'Räddningstjänsten Norrdal',
        '§ 21',
        'Dnr 2024/7',
        '',
        'Direktionen beslutar',
        'att godkänna årsredovisningen för 2023,',
        'att överlämna årsredovisningen till medlemskommunerna.',
      ),
    );
    const it21 = item(doc, 21);
    expect([it21.title, it21.caseNumber]).toEqual(['Årsredovisning 2023 för Räddningstjänsten Norrdal', '2024/7']);
    expect(it21.decisions.map((d) => [d.by, d.text])).toEqual([
      ['Direktionen', 'godkänna årsredovisningen för 2023'],
      ['Direktionen', 'överlämna årsredovisningen till medlemskommunerna.'],
    ]);
  });
});

describe('a bare § over a title that is also a sub-heading word', () => {
  it('`§ 5` / `Information` / a sentence: `Information` is the title', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2024-01-10', '', '§ 5', 'Information', 'Förbundschefen informerar om läget.', '', '§ 6', 'Beslut', 'Styrelsen antar planen.'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [5, 'Information'],
      [6, ''],
    ]);
  });
});

describe('an agenda point with its presenter, proposal and attachment on lines of their own', () => {
  const doc = meetingDoc(
    text(
      'KALLELSE',
      'Styrelsen, Samordningsförbundet Norrdal',
      'Tid: 2024-10-03 kl. 9.00–12.00',
      '',
      'Föredragningslista',
      '',
      'Ärende 1 Mötets öppnande',
      'Ärende 2 Delårsrapport januari–augusti 2024',
      'Föredragande: förbundschef Maria Dahl',
      'Förslag till beslut: Styrelsen godkänner delårsrapporten.',
      'Ärende 3 Ansökan om förlängning av insatsen Nya steg –',
      'beslut',
      'Bilaga 4',
      'Ärende 4 Övriga frågor',
    ),
  );
  it('the presenter’s label ends with its line', () => {
    expect(item(doc, 2).presenter).toBe('Maria Dahl');
  });
  it('`Bilaga 4` under a wrapped title is its attachment, no part of the title', () => {
    const it3 = item(doc, 3);
    expect([it3.title, it3.type, it3.attachments]).toEqual(['Ansökan om förlängning av insatsen Nya steg', 'decision', ['4']]);
  });
});

describe('minutes that print each title right above its bare §', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Tekniska nämnden',
      'Sammanträdesdatum 2024-02-14',
      '',
      'Val av justerare',
      '§ 1',
      'Nämnden utser Sara Ek att justera protokollet.',
      '',
      'Investeringsbudget för',
      'gator och vägar 2024',
      '§ 2',
      'Dnr TN 2024/3',
      'Förvaltningen har tagit fram en budget.',
      '',
      'Information från förvaltningen',
      '§ 3',
      'Förvaltningschefen informerar om vinterväghållningen.',
    ),
  );
  it('each title is the block above its §, and no part of the item before', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Investeringsbudget för gator och vägar 2024', 'TN 2024/3'],
      [3, 'Information från förvaltningen', null],
    ]);
    expect(item(doc, 1).text).toBe('Nämnden utser Sara Ek att justera protokollet.');
  });
  it('a single § with a line of text above it keeps reading its title below', () => {
    const d = meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2024-01-10', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', 'Inga övriga frågor anmäls', '§ 2', 'Budget 2025', 'Styrelsen antar budgeten.'));
    expect(d.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget 2025']);
  });
});
