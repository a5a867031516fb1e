// Items (issue 4): numbered paragraphs and agenda points in every numbering style, wrapped
// titles, sub-items, sections and types, attachments, boundaries and warnings; and the
// title helpers that read suffixes off a title and cut a title off its body.
import { describe, expect, it } from 'vitest';
import { expandAttachments, readTitle, splitInlineTitle } from '../../src/parse/items/title.js';
import { sectionOf } from '../../src/segment/items.js';
import { HEADER, MEMBERS, allItems, item, meetingDoc, minutes, parseText, text } from './helpers.js';

const titles = (doc: { items: { number: number | null; title: string }[] }): [number | null, string][] =>
  doc.items.map((it) => [it.number, it.title]);

describe('numbering styles in whole documents', () => {
  it('`§ 47 Title`: number, title, body and source lines', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 47 Mötets öppnande',
          '',
          'Ordförande förklarade mötet öppnat.',
          '',
          '---',
          '',
          '§ 48 Val av justerare',
          '',
          'Anders Hahlin valdes till justerare.',
          '',
          '§ 49 Incheckning',
          'Var och en checkade in.',
        ),
      }),
    );
    expect(titles(doc)).toEqual([
      [47, 'Mötets öppnande'],
      [48, 'Val av justerare'],
      [49, 'Incheckning'],
    ]);
    expect(item(doc, 47).text).toBe('Ordförande förklarade mötet öppnat.');
    expect(item(doc, 48).text).toBe('Anders Hahlin valdes till justerare.');
    // HEADER is 6 lines and MEMBERS 5, so the items start on line 12
    expect(item(doc, 47).lines.start).toBe(12);
    // the body ends on line 14; a `---` separator after it may belong to the item, the next § may not
    expect(item(doc, 47).lines.end).toBeGreaterThanOrEqual(14);
    expect(item(doc, 47).lines.end).toBeLessThan(18);
    expect(item(doc, 48).lines.start).toBe(18);
    expect(item(doc, 49).lines).toEqual({ start: 22, end: 23 });
    expect(doc.warnings).toEqual([]);
  });

  it('`§23 Title` and ` §28 Title` (indented after a page break) in one document', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§23 Godkännande av dagordning',
          'Den utsända dagordningen godkänns.',
          '',
          '§24 Val av protokolljusterare',
          'Madeleine Rosenqvist väljs att jämte ordföranden justera dagens protokoll.',
          ' §25 Minnesanteckningar från möte med revisorerna 230421',
          'Minnesanteckningarna har varit utsända.',
        ),
      }),
    );
    expect(titles(doc)).toEqual([
      [23, 'Godkännande av dagordning'],
      [24, 'Val av protokolljusterare'],
      [25, 'Minnesanteckningar från möte med revisorerna 230421'],
    ]);
    expect(item(doc, 24).text).toBe('Madeleine Rosenqvist väljs att jämte ordföranden justera dagens protokoll.');
  });

  it('`## §1. Title` in markdown, with `### a.` and `#### d.` sub-items; an unlettered `#### Implementering` stays in the body', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '## §1. Sammanträdet öppnas',
          '',
          'Ordföranden hälsar alla välkomna och öppnar mötet.',
          '',
          '## §2. Rapporter',
          '',
          '### a. Föregående beredningsgruppsmöte',
          '',
          'Beredningsgruppen har träffats.',
          '',
          '#### Implementering',
          '',
          'Implementeringen pågår.',
          '',
          '### b. Rapport om heldagen',
          '',
          'Helhetsomdömet blev gott.',
          '',
          '### c. Internkontrollplan 2024',
          '',
          'Alla områden har följts upp.',
          '',
          '#### d. Ekonomisk rapport',
          '',
          'Ekonomin är i balans.',
          '',
          '## §3. Mötet avslutas',
          '',
          'Ordföranden avslutar mötet.',
        ),
      }),
    );
    expect(titles(doc)).toEqual([
      [1, 'Sammanträdet öppnas'],
      [2, 'Rapporter'],
      [3, 'Mötet avslutas'],
    ]);
    const subs = item(doc, 2).subItems;
    expect(subs.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Föregående beredningsgruppsmöte'],
      ['b', 'Rapport om heldagen'],
      ['c', 'Internkontrollplan 2024'],
      ['d', 'Ekonomisk rapport'],
    ]);
    expect(subs[0]!.text).toBe('Beredningsgruppen har träffats.\n\nImplementering\n\nImplementeringen pågår.');
    expect(subs[3]!.text).toBe('Ekonomin är i balans.');
    expect(subs.every((s) => s.number === null && s.subItems.length === 0)).toBe(true);
    // every sub-item has its own source lines, inside those of its item
    const parent = item(doc, 2).lines;
    for (const s of subs) {
      expect(s.lines.start).toBeGreaterThanOrEqual(parent.start);
      expect(s.lines.end).toBeLessThanOrEqual(parent.end);
      expect(s.lines.end).toBeGreaterThan(s.lines.start);
    }
    expect(subs.map((s) => s.lines.start)).toEqual([18, 26, 30, 34]);
  });

  it('sub-items under a § titled `Beslutsärenden` stand in that section, each with its own decisions', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '## §6. Beslutsärenden',
          '',
          '### a. Verksamhetsplan 2025',
          '',
          'Verksamhetsplanen diskuteras.',
          '',
          '#### **Styrelsen beslutar att**',
          '',
          'Ge styrelseberedningen i uppdrag att arbeta fram ett nytt förslag.',
          '',
          '### b. Budgetplan 2025–2027',
          '',
          'Budgetplanen presenteras.',
          '',
          '#### **Styrelsen beslutar att**',
          '',
          'Godkänna upprättad budgetplan för 2025–2027.',
          '',
          '### c. Sammanträdesplan',
          '',
          'Förbundschefen föredrar förslaget.',
          '',
          '## §7. Mötet avslutas',
          '',
          'Ordföranden avslutar mötet.',
        ),
      }),
    );
    const six = item(doc, 6);
    expect(six).toMatchObject({ title: 'Beslutsärenden', text: '', decisions: [] });
    expect(six.subItems.map((s) => [s.label, s.title, s.section, s.type, s.decisions.map((d) => [d.text, d.by]), s.presenter])).toEqual([
      ['a', 'Verksamhetsplan 2025', 'Beslutsärenden', 'decision', [['Ge styrelseberedningen i uppdrag att arbeta fram ett nytt förslag.', 'Styrelsen']], null],
      ['b', 'Budgetplan 2025–2027', 'Beslutsärenden', 'decision', [['Godkänna upprättad budgetplan för 2025–2027.', 'Styrelsen']], null],
      ['c', 'Sammanträdesplan', 'Beslutsärenden', 'decision', [], 'Förbundschefen'],
    ]);
    expect(item(doc, 7).text).toBe('Ordföranden avslutar mötet.');
  });

  it('plain `a.` / `b.` / `c.` sub-items inside a §', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 1 Mötets öppnande',
          'Ordföranden öppnar mötet.',
          '',
          '§ 2 Rapporter',
          'Följande rapporter lämnas.',
          '',
          'a. Rapport från kansliet',
          'Kansliet rapporterar om verksamheten.',
          '',
          'b. Rapport från beredningsgruppen',
          'Beredningsgruppen har träffats två gånger.',
          '',
          'c. Rapport om ekonomin',
          'Ekonomin är i balans.',
          '',
          '§ 3 Mötets avslutande',
          'Ordföranden avslutar mötet.',
        ),
      }),
    );
    const two = item(doc, 2);
    expect(two.title).toBe('Rapporter');
    expect(two.text).toBe('Följande rapporter lämnas.');
    expect(two.subItems.map((s) => [s.label, s.title, s.text])).toEqual([
      ['a', 'Rapport från kansliet', 'Kansliet rapporterar om verksamheten.'],
      ['b', 'Rapport från beredningsgruppen', 'Beredningsgruppen har träffats två gånger.'],
      ['c', 'Rapport om ekonomin', 'Ekonomin är i balans.'],
    ]);
  });

  it('a bare number on its own line in a `§§ Ärenden` table, followed by the title line', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          ' §§ Ärenden  ',
          '',
          '1 ',
          '',
          'Mötet öppnas. ',
          '',
          'Styrelsens ordförande öppnar mötet och närvarande representanter presenterar sig.',
          '',
          '2 ',
          '',
          'Val av justerare ',
          '',
          'Tomas Johansson utses att justera samrådets protokoll.',
          '',
          '3 ',
          '',
          'Rapport om förbundets nuläge och det gångna året ',
          '',
          'Förbundschef rapporterar om förbundet.',
        ),
      }),
    );
    expect(titles(doc)).toEqual([
      [1, 'Mötet öppnas'],
      [2, 'Val av justerare'],
      [3, 'Rapport om förbundets nuläge och det gångna året'],
    ]);
    expect(item(doc, 1).text).toBe('Styrelsens ordförande öppnar mötet och närvarande representanter presenterar sig.');
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Tomas Johansson utses att justera samrådets protokoll.']);
  });

  it('`1<TAB>Title Body…`: the title ends where the body starts', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§§ Ärenden',
          '',
          '1\tMötet öppnas Styrelsens ordförande hälsar välkommen och samtliga närvarande presenterar sig.',
          '2\tVal av justerare Peter Rosholm justerar',
          '3\tInformation från Försäkringskassan Försäkringskassan berättar om läget.',
          '4\tBudget 2024 Mötet beslutar att fastställa budgeten.',
        ),
      }),
    );
    expect(titles(doc)).toEqual([
      [1, 'Mötet öppnas'],
      [2, 'Val av justerare'],
      [3, 'Information från Försäkringskassan'],
      [4, 'Budget 2024'],
    ]);
    expect(item(doc, 1).text).toBe('Styrelsens ordförande hälsar välkommen och samtliga närvarande presenterar sig.');
    expect(item(doc, 2).text).toBe('Peter Rosholm justerar');
    expect(item(doc, 4).decisions).toEqual([{ text: 'Mötet beslutar att fastställa budgeten.', by: 'Mötet', line: 17 }]);
  });

  it('agenda points of a notice: `5. Title (bilaga 2) – Beslut`, proposal and presenter', () => {
    const doc = meetingDoc(
      text(
        '2020-11-23',
        '',
        'KALLELSE',
        'FÖREDRAGNINGSLISTA',
        '',
        'Styrelsens sammanträde 2020-11-27, klockan 08.30 – 12.00',
        'Lokal: Distansmöte via Zoom',
        '___________________________________________________________________',
        '',
        '1. Mötets öppnande',
        '',
        '2. Val av justerare',
        '',
        '3. Föregående protokoll (bilaga 1)',
        '',
        '4. Verksamhetsplan och budget (bilaga 2) – Beslut',
        'Mikael Holmlund föredrar förslag till Verksamhetsplan och budget.',
        '',
        'Förslag till beslut: Styrelsen fastställer verksamhetsplan och budget enligt förslag.',
        '',
        '5. Hur kan vi bli bättre på att nyttja EU medel – Diskussion',
        'Syftet med punkten är att diskutera ett ökat nyttjande.',
        '',
        '6. Rapport från analysarbetet – information',
        'Rapport från det pågående arbetet.',
        '',
        '7. Övriga frågor',
        '',
        '8. Mötets avslutande',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(titles(doc)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Föregående protokoll'],
      [4, 'Verksamhetsplan och budget'],
      [5, 'Hur kan vi bli bättre på att nyttja EU medel'],
      [6, 'Rapport från analysarbetet'],
      [7, 'Övriga frågor'],
      [8, 'Mötets avslutande'],
    ]);
    expect(item(doc, 3).attachments).toEqual(['1']);
    expect(item(doc, 4)).toMatchObject({
      type: 'decision',
      attachments: ['2'],
      presenter: 'Mikael Holmlund',
      proposal: 'Styrelsen fastställer verksamhetsplan och budget enligt förslag.',
      decisions: [],
    });
    expect(item(doc, 5).type).toBe('discussion');
    expect(item(doc, 6).type).toBe('information');
    expect(item(doc, 1)).toMatchObject({ text: '', type: null, attachments: [], presenter: null, proposal: null });
  });

  it('an agenda table with a `Föredragande` column: the column is the presenter, not part of the title', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen, Samordningsförbundet Väst',
        'Datum: 2023-03-15 kl. 9.00',
        '',
        'Nr   Ärende                              Föredragande',
        '1.   Mötets öppnande                     Ordförande',
        '2.   Val av justerare                    Ordförande',
        '3.   Budget 2024 (bilaga 2) – Beslut     Förbundschef',
        '4.   Övriga frågor',
      ),
    );
    expect(doc.items.map((it) => [it.number, it.title, it.presenter, it.attachments, it.type])).toEqual([
      [1, 'Mötets öppnande', 'Ordförande', [], null],
      [2, 'Val av justerare', 'Ordförande', [], null],
      [3, 'Budget 2024', 'Förbundschef', ['2'], 'decision'],
      [4, 'Övriga frågor', null, [], null],
    ]);
  });

  it('a Roman-numbered agenda', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen, Samordningsförbundet Väst',
        'Datum: 2023-03-15 kl. 9.00',
        '',
        'I. Mötets öppnande',
        '',
        'II. Val av justerare',
        '',
        'III. Budget 2024 – Beslut',
        'Förslag till beslut: Styrelsen fastställer budget 2024.',
        '',
        'IV. Övriga frågor',
      ),
    );
    expect(titles(doc)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Budget 2024'],
      [4, 'Övriga frågor'],
    ]);
    expect(item(doc, 3)).toMatchObject({ type: 'decision', proposal: 'Styrelsen fastställer budget 2024.' });
  });

  it('`Punkt 3.` agenda points', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen, Samordningsförbundet Väst',
        'Datum: 2023-03-15 kl. 9.00',
        '',
        'Punkt 1. Mötets öppnande',
        '',
        'Punkt 2. Val av justerare',
        '',
        'Punkt 3. Budget 2024',
        'Förslag till beslut: Styrelsen fastställer budget 2024.',
        '',
        'Punkt 4. Övriga frågor',
      ),
    );
    expect(titles(doc)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Budget 2024'],
      [4, 'Övriga frågor'],
    ]);
    expect(item(doc, 3).proposal).toBe('Styrelsen fastställer budget 2024.');
  });

  it('`§ 12:1` and `§ 8 a` are sub-items of § 12 and § 8, with their sub-number as label', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 12:1 Delårsrapport januari–juni',
          'Förbundschefen redovisar delårsrapporten.',
          '',
          '§ 12:2 Budgetuppföljning',
          'Ekonomen redovisar utfallet.',
          '',
          '§ 13 Övriga frågor',
          'Inga övriga frågor.',
        ),
      }),
    );
    // SCHEMA.md: `label` is for sub-items only; § 12 has no heading of its own, so it is titled by its first part
    expect(doc.items.map((it) => [it.number, it.label, it.title, it.text])).toEqual([
      [12, null, 'Delårsrapport januari–juni', ''],
      [13, null, 'Övriga frågor', 'Inga övriga frågor.'],
    ]);
    expect(item(doc, 12).subItems.map((it) => [it.number, it.label, it.title, it.text])).toEqual([
      [null, '1', 'Delårsrapport januari–juni', 'Förbundschefen redovisar delårsrapporten.'],
      [null, '2', 'Budgetuppföljning', 'Ekonomen redovisar utfallet.'],
    ]);

    const lettered = meetingDoc(
      minutes({
        items: text(
          '§ 8 Rapporter',
          'Rapporterna läggs till handlingarna.',
          '',
          '§ 8 a Rapport från kansliet',
          'Kansliet rapporterar.',
          '',
          '§ 8 b Rapport från beredningsgruppen',
          'Beredningsgruppen rapporterar.',
          '',
          '§ 9 Mötets avslutande',
          'Ordföranden avslutar mötet.',
        ),
      }),
    );
    const found = allItems(lettered).map((it) => [it.label, it.title, it.text]);
    expect(found).toContainEqual(['a', 'Rapport från kansliet', 'Kansliet rapporterar.']);
    expect(found).toContainEqual(['b', 'Rapport från beredningsgruppen', 'Beredningsgruppen rapporterar.']);
    expect(item(lettered, 8).subItems.map((it) => it.label)).toEqual(['a', 'b']);
    expect(item(lettered, 9).title).toBe('Mötets avslutande');
  });
});

describe('wrapped titles', () => {
  it('joins a title wrapped onto the next line, also across a blank line, and reads its suffixes', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 51 Överenskommelse mellan Arbetsförmedlingen, Umeåregionens kommuner ',
          '',
          'och Samordningsförbundet (bilaga 1-8) ',
          ' ',
          'Katarina Hansson föredrog resultatet av diskussionerna.',
          '',
          '§ 52 Budget 2024 och verksamhetsplan för',
          'perioden 2025–2027',
          'Styrelsen beslutar att fastställa budgeten.',
          '',
          '§ 53 Nomineringar till Nationella nätverket för samordningsförbund NNS ',
          '(bilaga 4 - 5) – Beslut',
          'NNS har efterfrågat nomineringar till styrelsen.',
          '',
          '§ 54 Val av ordförande och',
          'vice ordförande',
          'Anna Andersson väljs till ordförande.',
        ),
      }),
    );
    expect(titles(doc)).toEqual([
      [51, 'Överenskommelse mellan Arbetsförmedlingen, Umeåregionens kommuner och Samordningsförbundet'],
      [52, 'Budget 2024 och verksamhetsplan för perioden 2025–2027'],
      [53, 'Nomineringar till Nationella nätverket för samordningsförbund NNS'],
      [54, 'Val av ordförande och vice ordförande'],
    ]);
    expect(item(doc, 51)).toMatchObject({
      attachments: ['1', '2', '3', '4', '5', '6', '7', '8'],
      presenter: 'Katarina Hansson',
      text: 'Katarina Hansson föredrog resultatet av diskussionerna.',
    });
    expect(item(doc, 52).text).toBe('Styrelsen beslutar att fastställa budgeten.');
    expect(item(doc, 53)).toMatchObject({ attachments: ['4', '5'], type: 'decision', text: 'NNS har efterfrågat nomineringar till styrelsen.' });
    expect(item(doc, 54).text).toBe('Anna Andersson väljs till ordförande.');
  });

  it('does not join the first body sentence to a title', () => {
    const doc = meetingDoc(
      minutes({
        items: text('§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Information', 'från kansliet lämnas muntligt.'),
      }),
    );
    expect(item(doc, 1).title).toBe('Mötets öppnande');
    expect(item(doc, 1).text).toBe('Ordföranden öppnar mötet.');
  });
});

describe('sections and types', () => {
  it('takes `section` and `type` from the group heading an item stands under', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 1 Mötets öppnande',
          'Ordföranden öppnar mötet.',
          '',
          'Informationsärenden',
          '',
          '§ 2 Rapport från kansliet',
          'Förbundschefen informerar.',
          '',
          '§ 3 Ekonomisk uppföljning',
          'Ekonomen informerar.',
          '',
          'Beslutsärenden',
          '',
          '§ 4 Budget 2024',
          'Styrelsen beslutar att fastställa budgeten.',
          '',
          'Diskussionsärenden',
          '',
          '§ 5 Framtida inriktning',
          'Styrelsen diskuterar.',
        ),
      }),
    );
    expect(doc.items.map((it) => [it.number, it.section, it.type])).toEqual([
      [1, null, null],
      [2, 'Informationsärenden', 'information'],
      [3, 'Informationsärenden', 'information'],
      [4, 'Beslutsärenden', 'decision'],
      [5, 'Diskussionsärenden', 'discussion'],
    ]);
    // the heading belongs to no item's body
    expect(item(doc, 1).text).toBe('Ordföranden öppnar mötet.');
    expect(item(doc, 3).text).toBe('Ekonomen informerar.');
  });

  it('takes `type` from a `– Beslut`, `- Information`, `– Diskussion` suffix', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 1 Rapport nationella Finsam-konferensen - Information',
          'Förbundschefen berättar.',
          '',
          '§ 2 Rapport tertial 2 – Beslut (bilaga 9)',
          'Beslut: Styrelsen fastställer rapporten.',
          '',
          '§ 3 Framtida inriktning – Diskussion',
          'Styrelsen diskuterar.',
          '',
          '§ 4 Lägesrapport satsning mot våld i nära relationer – information',
          'Katarina Hansson föredragande.',
        ),
      }),
    );
    expect(doc.items.map((it) => [it.title, it.type, it.attachments])).toEqual([
      ['Rapport nationella Finsam-konferensen', 'information', []],
      ['Rapport tertial 2', 'decision', ['9']],
      ['Framtida inriktning', 'discussion', []],
      ['Lägesrapport satsning mot våld i nära relationer', 'information', []],
    ]);
    expect(item(doc, 2).decisions).toEqual([{ text: 'Styrelsen fastställer rapporten.', by: 'Styrelsen', line: 16 }]);
    expect(item(doc, 4).presenter).toBe('Katarina Hansson');
  });

  it('sectionOf names the section and its type', () => {
    expect(sectionOf('Informationsärenden')).toEqual({ section: 'Informationsärenden', type: 'information' });
    expect(sectionOf('Beslutsärenden:')).toEqual({ section: 'Beslutsärenden', type: 'decision' });
    expect(sectionOf('Diskussionsärenden')).toEqual({ section: 'Diskussionsärenden', type: 'discussion' });
    expect(sectionOf('Budget 2024')).toBeNull();
  });
});

describe('attachments in the body', () => {
  it('collects `(bilaga 3)` mentioned in the body as well', () => {
    const doc = meetingDoc(
      minutes({
        items: text('§ 1 Budget 2024 (bilaga 1)', 'Budgeten (bilaga 2) och verksamhetsplanen (bilaga 3) har skickats ut.'),
      }),
    );
    expect(item(doc, 1).attachments).toEqual(['1', '2', '3']);
  });
});

describe('boundaries', () => {
  it("never reads a verksamhetsplan's `1. Inledning` chapters or an e-signing certificate as items", () => {
    const r = parseText(
      minutes({
        items: text('§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Mötets avslutande', 'Ordföranden avslutar mötet.'),
        after: text(
          '',
          'Sekreterare                 Ordförande                  Justerare',
          '',
          '.....................       .....................       .....................',
          'Stina Berg                  Anna Andersson              Karin Lund',
          '',
          '',
          '',
          'Verksamhetsplan 2024',
          '1. Inledning',
          'Förbundet bildades 2005.',
          '2. Uppdrag',
          'Förbundet ska samordna.',
          '',
          '',
          '',
          'Certification',
          '',
          'Anna Andersson',
          'Signer',
          'Signed at',
          '2023-03-20 10:11:12',
        ),
      }),
    );
    expect(r.documents.map((d) => [d.kind, d.title])).toEqual([
      ['minutes', 'PROTOKOLL'],
      ['other', 'Verksamhetsplan 2024'],
      ['other', 'Certification'],
    ]);
    expect(r.documents[0]!.items.map((it) => it.number)).toEqual([1, 2]);
    expect(r.documents[0]!.items[1]!.text).toBe('Ordföranden avslutar mötet.');
    expect(r.documents[1]!.items).toEqual([]);
    expect(r.documents[1]!.text).toContain('1. Inledning');
  });

  it('ends the last agenda point of a kallelse where the protokoll starts', () => {
    const r = parseText(
      text(
        'KALLELSE',
        'Styrelsen, Samordningsförbundet Väst',
        'Datum: 2023-03-15 kl. 9.00',
        '',
        '1. Mötets öppnande',
        '2. Val av justerare',
        '3. Mötets avslutande',
        '',
        '',
        '',
        'PROTOKOLL',
        'Styrelsen, Samordningsförbundet Väst',
        'Datum: 2023-03-15',
        '',
        MEMBERS,
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['notice', 'minutes']);
    expect(r.documents[0]!.items.map((it) => [it.number, it.title, it.text])).toEqual([
      [1, 'Mötets öppnande', ''],
      [2, 'Val av justerare', ''],
      [3, 'Mötets avslutande', ''],
    ]);
    expect(r.documents[1]!.items.map((it) => it.number)).toEqual([1]);
  });
});

describe('numbering warnings', () => {
  it('warns `paragraph-gap` where a number is skipped', () => {
    const doc = meetingDoc(
      minutes({ items: text('§ 1 Mötets öppnande', 'Text.', '', '§ 2 Val av justerare', 'Text.', '', '§ 4 Budget', 'Text.') }),
    );
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 4]);
    expect(doc.warnings.map((w) => [w.code, w.line])).toEqual([['paragraph-gap', 18]]);
  });

  it('warns `paragraph-order` where a number comes after a higher one', () => {
    const doc = meetingDoc(
      minutes({ items: text('§ 1 Mötets öppnande', 'Text.', '', '§ 2 Val av justerare', 'Text.', '', '§ 4 Budget', 'Text.', '', '§ 3 Övrigt', 'Text.') }),
    );
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 4, 3]);
    expect(doc.warnings.map((w) => w.code)).toContain('paragraph-order');
    expect(doc.warnings.find((w) => w.code === 'paragraph-order')!.line).toBe(21);
  });

  it('warns `no-items` for minutes without numbered paragraphs', () => {
    const doc = meetingDoc([HEADER, MEMBERS, 'Ordföranden öppnar mötet och förklarar det avslutat.'].join('\n'));
    expect(doc.items).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('no-items');
  });

  it('gives no numbering warning for an unbroken run', () => {
    expect(meetingDoc(minutes({})).warnings).toEqual([]);
  });
});

describe('readTitle', () => {
  it.each<[string, ReturnType<typeof readTitle>]>([
    ['Verksamhetsplan och budget (bilaga 2) – Beslut', { title: 'Verksamhetsplan och budget', attachments: ['2'], type: 'decision' }],
    ['Rapport tertial 2 – Beslut (bilaga 9)', { title: 'Rapport tertial 2', attachments: ['9'], type: 'decision' }],
    ['Nomineringar till NNS (bilaga 4 - 5) – Beslut', { title: 'Nomineringar till NNS', attachments: ['4', '5'], type: 'decision' }],
    ['Överenskommelse (bilaga 1-8)', { title: 'Överenskommelse', attachments: ['1', '2', '3', '4', '5', '6', '7', '8'], type: null }],
    ['Rapport från analysarbetet – information', { title: 'Rapport från analysarbetet', attachments: [], type: 'information' }],
    ['Rapport nationella Finsam-konferensen - Information', { title: 'Rapport nationella Finsam-konferensen', attachments: [], type: 'information' }],
    ['Hur kan vi bli bättre på att nyttja EU medel – Diskussion', { title: 'Hur kan vi bli bättre på att nyttja EU medel', attachments: [], type: 'discussion' }],
    ['Föregående protokoll (bilaga 1)', { title: 'Föregående protokoll', attachments: ['1'], type: null }],
    ['Budget (bil. 3)', { title: 'Budget', attachments: ['3'], type: null }],
    ['Mötets öppnande.', { title: 'Mötets öppnande', attachments: [], type: null }],
    ['Sjuk- och aktivitetsersättning – läget', { title: 'Sjuk- och aktivitetsersättning – läget', attachments: [], type: null }],
    ['Budget 2025–2027', { title: 'Budget 2025–2027', attachments: [], type: null }],
  ])('%j', (input, expected) => {
    expect(readTitle(input)).toEqual(expected);
  });
});

describe('expandAttachments', () => {
  it.each<[string, string[]]>([
    ['1-8', ['1', '2', '3', '4', '5', '6', '7', '8']],
    ['4 - 5', ['4', '5']],
    ['4–6', ['4', '5', '6']],
    ['2', ['2']],
    ['2a', ['2a']],
  ])('%j', (input, expected) => {
    expect(expandAttachments(input)).toEqual(expected);
  });
});

describe('splitInlineTitle', () => {
  it.each<[string, { title: string; body: string }]>([
    ['Mötet öppnas Styrelsens ordförande hälsar välkommen.', { title: 'Mötet öppnas', body: 'Styrelsens ordförande hälsar välkommen.' }],
    ['Val av justerare Peter Rosholm justerar', { title: 'Val av justerare', body: 'Peter Rosholm justerar' }],
    ['Information från Försäkringskassan Försäkringskassan berättar om läget.', { title: 'Information från Försäkringskassan', body: 'Försäkringskassan berättar om läget.' }],
    ['Behovs-analys, strukturellt Kompetensutveckling för parternas anställda.', { title: 'Behovs-analys, strukturellt', body: 'Kompetensutveckling för parternas anställda.' }],
    ['Övriga frågor, exempelvis vad som är aktuellt: Försäkringskassan genomgår förändring.', { title: 'Övriga frågor, exempelvis vad som är aktuellt', body: 'Försäkringskassan genomgår förändring.' }],
  ])('%j', (input, expected) => {
    expect(splitInlineTitle(input)).toEqual(expected);
  });
});
