// Decisions, proposals and presenters (issue 4, SCHEMA.md "Decision"): explicit
// statements of what this meeting decided, each with who decided and its source line;
// recommendations are proposals; reports of decisions made elsewhere are neither.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/index.js';
import { DECISION } from '../../src/lexicon/sv.js';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { findPresenter } from '../../src/parse/decisions/presenter.js';
import { findProposal } from '../../src/parse/decisions/proposal.js';
import { item, meetingDoc, minutes, parasOf, text } from './helpers.js';

const decisionsOf = (body: string): Decision[] => findDecisions(parasOf(body));

describe('findDecisions: one decision per decision paragraph', () => {
  it.each<[string, Decision[]]>([
    ['Styrelsen beslutar att fastställa budgeten.', [{ text: 'Styrelsen beslutar att fastställa budgeten.', by: 'Styrelsen', line: 1 }]],
    ['Styrelsen beslutar\natt fastställa budgeten.', [{ text: 'Styrelsen beslutar att fastställa budgeten.', by: 'Styrelsen', line: 1 }]],
    ['Förbundsstyrelsen beslutade att anta planen.', [{ text: 'Förbundsstyrelsen beslutade att anta planen.', by: 'Förbundsstyrelsen', line: 1 }]],
    ['AU beslutar att lägga minnesanteckningarna till handlingarna.', [{ text: 'AU beslutar att lägga minnesanteckningarna till handlingarna.', by: 'AU', line: 1 }]],
    [
      'Arbetsutskottet beslutar att AU-protokollet läggs till handlingarna.',
      [{ text: 'Arbetsutskottet beslutar att AU-protokollet läggs till handlingarna.', by: 'Arbetsutskottet', line: 1 }],
    ],
    ['Medlemmarna beslutar att bevilja styrelsen ansvarsfrihet.', [{ text: 'Medlemmarna beslutar att bevilja styrelsen ansvarsfrihet.', by: 'Medlemmarna', line: 1 }]],
    ['Mötet beslutade att godkänna dagordningen.', [{ text: 'Mötet beslutade att godkänna dagordningen.', by: 'Mötet', line: 1 }]],
    ['Styrelsen godkände rapporten.', [{ text: 'Styrelsen godkände rapporten.', by: 'Styrelsen', line: 1 }]],
    ['Styrelsen fastställer rapport för tertial 2.', [{ text: 'Styrelsen fastställer rapport för tertial 2.', by: 'Styrelsen', line: 1 }]],
    ['Styrelsen antar reviderad attestordning.', [{ text: 'Styrelsen antar reviderad attestordning.', by: 'Styrelsen', line: 1 }]],
    ['Styrelsen beviljar ansökan om 500 000 kr.', [{ text: 'Styrelsen beviljar ansökan om 500 000 kr.', by: 'Styrelsen', line: 1 }]],
    ['Styrelsen avslår ansökan.', [{ text: 'Styrelsen avslår ansökan.', by: 'Styrelsen', line: 1 }]],
    [
      'Styrelsen ger förbundschefen i uppdrag att ta fram ett förslag.',
      [{ text: 'Styrelsen ger förbundschefen i uppdrag att ta fram ett förslag.', by: 'Styrelsen', line: 1 }],
    ],
    ['Styrelsen lägger rapporten till handlingarna.', [{ text: 'Styrelsen lägger rapporten till handlingarna.', by: 'Styrelsen', line: 1 }]],
    ['Föredragningslistan godkänns.', [{ text: 'Föredragningslistan godkänns.', by: null, line: 1 }]],
    ['Den utsända dagordningen godkänns.', [{ text: 'Den utsända dagordningen godkänns.', by: null, line: 1 }]],
    ['Dagordningen godkändes.', [{ text: 'Dagordningen godkändes.', by: null, line: 1 }]],
    ['Budgeten fastställs.', [{ text: 'Budgeten fastställs.', by: null, line: 1 }]],
    ['Ansökan beviljas.', [{ text: 'Ansökan beviljas.', by: null, line: 1 }]],
    ['Läggs till handlingarna.', [{ text: 'Läggs till handlingarna.', by: null, line: 1 }]],
    ['Informationen läggs till handlingarna.', [{ text: 'Informationen läggs till handlingarna.', by: null, line: 1 }]],
    ['Rapporten lades till handlingarna.', [{ text: 'Rapporten lades till handlingarna.', by: null, line: 1 }]],
    ['Anders Hahlin valdes till justerare.', [{ text: 'Anders Hahlin valdes till justerare.', by: null, line: 1 }]],
    ['Malin Jalonen Nilsson väljs till justerare.', [{ text: 'Malin Jalonen Nilsson väljs till justerare.', by: null, line: 1 }]],
    ['Tomas Johansson utses att justera samrådets protokoll.', [{ text: 'Tomas Johansson utses att justera samrådets protokoll.', by: null, line: 1 }]],
    [
      'Madeleine Rosenqvist väljs att jämte ordföranden justera dagens protokoll.',
      [{ text: 'Madeleine Rosenqvist väljs att jämte ordföranden justera dagens protokoll.', by: null, line: 1 }],
    ],
    ['Det beslutades att fastställa budgeten.', [{ text: 'Det beslutades att fastställa budgeten.', by: null, line: 1 }]],
  ])('%j', (body, expected) => {
    expect(decisionsOf(body)).toEqual(expected);
  });

  it('takes the decision from the sentence that decides, with its own line', () => {
    expect(decisionsOf(text('Förbundschefen redogör för läget.', 'Styrelsen beslutar att fastställa budgeten.'))).toEqual([
      { text: 'Styrelsen beslutar att fastställa budgeten.', by: 'Styrelsen', line: 2 },
    ]);
  });

  it('gives each decision paragraph its own decision', () => {
    expect(
      decisionsOf(
        text(
          'Förbundschefen redogör.',
          '',
          'Styrelsen beslutar att fastställa budgeten.',
          '',
          'Styrelsen beslutar vidare att ge kansliet i uppdrag att informera.',
        ),
      ),
    ).toEqual([
      { text: 'Styrelsen beslutar att fastställa budgeten.', by: 'Styrelsen', line: 3 },
      { text: 'Styrelsen beslutar vidare att ge kansliet i uppdrag att informera.', by: 'Styrelsen', line: 5 },
    ]);
  });

  it('reads `Beslut: …` as one decision, however many sentences it has', () => {
    expect(
      decisionsOf(
        text('Beslut: Styrelsen beslutar att ingå som part i överenskommelsen. Styrelsen rekommenderar', 'kommunerna och Arbetsförmedlingen att göra detsamma.'),
      ),
    ).toEqual([
      {
        text: 'Styrelsen beslutar att ingå som part i överenskommelsen. Styrelsen rekommenderar kommunerna och Arbetsförmedlingen att göra detsamma.',
        by: 'Styrelsen',
        line: 1,
      },
    ]);
    // the clause stands on the line after its label, and that is the line it names
    expect(decisionsOf(text('Beslut:', 'Att fastställa budgeten.'))).toEqual([{ text: 'fastställa budgeten.', by: null, line: 2 }]);
  });
});

describe('findDecisions: one decision per clause under a `Styrelsen beslutar att` heading', () => {
  it('reads clauses in paragraphs of their own', () => {
    expect(
      decisionsOf(text('Styrelsen beslutar att', '', 'Godkänna upprättad budgetplan för 2025–2027.', '', 'Ge förbundschefen i uppdrag att följa upp budgeten.')),
    ).toEqual([
      { text: 'Godkänna upprättad budgetplan för 2025–2027.', by: 'Styrelsen', line: 3 },
      { text: 'Ge förbundschefen i uppdrag att följa upp budgeten.', by: 'Styrelsen', line: 5 },
    ]);
  });

  it('reads a markdown heading with bold markers and bulleted clauses', () => {
    expect(
      decisionsOf(text('#### **Styrelsen beslutar att**', '', '- Godkänna upprättad budgetplan för 2025–2027.', '- Ge styrelseberedningen i uppdrag att arbeta fram ett nytt förslag.')),
    ).toEqual([
      { text: 'Godkänna upprättad budgetplan för 2025–2027.', by: 'Styrelsen', line: 3 },
      { text: 'Ge styrelseberedningen i uppdrag att arbeta fram ett nytt förslag.', by: 'Styrelsen', line: 4 },
    ]);
  });

  it('reads `•` bullets under the heading', () => {
    expect(decisionsOf(text('Styrelsen beslutar att', '', '• godkänna budgetplanen,', '• ge förbundschefen i uppdrag att följa upp.'))).toEqual([
      { text: 'godkänna budgetplanen', by: 'Styrelsen', line: 3 },
      { text: 'ge förbundschefen i uppdrag att följa upp.', by: 'Styrelsen', line: 4 },
    ]);
  });

  it('reads the heading and its single clause from the seed', () => {
    expect(
      decisionsOf(
        text(
          'Verksamhetsplanen för 2025 är en reviderad version av den tidigare verksamhetsplanen.',
          '',
          '#### **Styrelsen beslutar att**',
          '',
          'Ge styrelseberedningen i uppdrag att arbeta fram ett nytt förslag på verksamhetsplan till nästa styrelsemöte.',
        ),
      ),
    ).toEqual([
      {
        text: 'Ge styrelseberedningen i uppdrag att arbeta fram ett nytt förslag på verksamhetsplan till nästa styrelsemöte.',
        by: 'Styrelsen',
        line: 5,
      },
    ]);
  });
});

describe('findDecisions: what is not a decision', () => {
  it.each([
    'Arbetsutskottet föreslår styrelsen att fastställa budgeten.',
    'Förbundschefen föreslår att styrelsen fastställer budgeten.',
    'Förslag till beslut: Styrelsen fastställer verksamhetsplan och budget enligt förslag.',
    'Årsredovisningen är fastställd och revisionsberättelsen är klar.',
    'Mikael Holmlund berättade att Nationella rådet beslutat att ställa in konferensen 2021.',
    'Enligt tidigare beslut i styrelsen ska tjänsterna öka från 2,5 till 3,0.',
    'Regeringen har beslutat att höja anslaget.',
    'Den beslutade tilldelningen kommer tillkännages i tid till nästa styrelsesammanträde.',
    'Styrelsen ger en positiv bild av läget.',
    'Ordföranden öppnar mötet.',
    'Var och en checkade in.',
  ])('%j', (body) => {
    expect(decisionsOf(body)).toEqual([]);
  });
});

describe('findProposal', () => {
  it.each<[string, string | null]>([
    ['Förslag till beslut: Styrelsen fastställer verksamhetsplan och budget enligt förslag.', 'Styrelsen fastställer verksamhetsplan och budget enligt förslag.'],
    ['Förslag till beslut: Styrelsen fastställer årshjul för förbundet samt mötesplan för\n\nstyrelsen.', 'Styrelsen fastställer årshjul för förbundet samt mötesplan för styrelsen.'],
    ['Förslag till beslut:\nStyrelsen fastställer budgeten.', 'Styrelsen fastställer budgeten.'],
    ['Förslag till beslut\n\nStyrelsen fastställer budgeten.', 'Styrelsen fastställer budgeten.'],
    ['Arbetsutskottet föreslår styrelsen att fastställa budgeten.', 'Arbetsutskottet föreslår styrelsen att fastställa budgeten.'],
    ['Förbundschefen redogör. Arbetsutskottet föreslår styrelsen att fastställa budgeten.', 'Arbetsutskottet föreslår styrelsen att fastställa budgeten.'],
    ['Ordföranden öppnar mötet.', null],
    ['Styrelsen beslutar att fastställa budgeten.', null],
  ])('%j', (body, expected) => {
    expect(findProposal(parasOf(body))).toBe(expected);
  });

  it('keeps a proposal apart from the decision taken on it', () => {
    const paras = parasOf(text('Arbetsutskottet föreslår styrelsen att fastställa budgeten.', '', 'Styrelsen beslutar att fastställa budgeten.'));
    expect(findProposal(paras)).toBe('Arbetsutskottet föreslår styrelsen att fastställa budgeten.');
    expect(findDecisions(paras)).toEqual([{ text: 'Styrelsen beslutar att fastställa budgeten.', by: 'Styrelsen', line: 3 }]);
  });
});

describe('findPresenter', () => {
  it.each<[string, string | null]>([
    ['Mikael Holmlund föredrar förslag till Verksamhetsplan och budget.', 'Mikael Holmlund'],
    ['Katarina Hansson föredrog resultatet av diskussionerna från planeringsdagarna.', 'Katarina Hansson'],
    ['Stående punkt på alla sammanträden. Katarina Hansson föredragande.', 'Katarina Hansson'],
    ['Minnesanteckningarna har varit utsända. Förbundschef föredrar minnesanteckningarna kortfattat.', 'Förbundschef'],
    ['Ärendet föredras av Anna Ek.', 'Anna Ek'],
    ['Föredragande: Anna Ek', 'Anna Ek'],
    ['Johanna Långdal Persson föredrar ärendet.', 'Johanna Långdal Persson'],
    ['HR-chef Tuva Lind föredrog lönekartläggningen.', 'Tuva Lind'],
    ['Ordföranden öppnar mötet.', null],
    ['Under föredragningen kom frågor upp.', null],
    ['Anna Ek informerar om läget.', null],
  ])('%j', (body, expected) => {
    expect(findPresenter(parasOf(body))).toBe(expected);
  });
});

describe('decisions, proposal and presenter of whole items', () => {
  const doc = meetingDoc(
    minutes({
      items: text(
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
        '',
        '§ 2 Godkännande av dagordning',
        'Den utsända dagordningen godkänns.',
        '',
        '§ 3 Val av justerare',
        'Karin Lund väljs till justerare.',
        '',
        '§ 4 Budget 2024',
        'Förbundschefen föredrar förslaget till budget.',
        '',
        'Arbetsutskottet föreslår styrelsen att fastställa budgeten.',
        '',
        'Styrelsen beslutar att',
        '',
        '- fastställa budget för 2024,',
        '- ge förbundschefen i uppdrag att följa upp budgeten.',
        '',
        '§ 5 Protokoll från arbetsutskottet',
        'Protokollet har varit utsänt.',
        '',
        'Läggs till handlingarna.',
        '',
        '§ 6 Revisionen',
        'Årsredovisningen är fastställd och revisionsberättelsen är klar.',
      ),
    }),
  );

  it('finds them in the right items, with source lines', () => {
    expect(item(doc, 1).decisions).toEqual([]);
    expect(item(doc, 2).decisions).toEqual([{ text: 'Den utsända dagordningen godkänns.', by: null, line: 16 }]);
    expect(item(doc, 3).decisions).toEqual([{ text: 'Karin Lund väljs till justerare.', by: null, line: 19 }]);
    expect(item(doc, 4)).toMatchObject({
      presenter: 'Förbundschefen',
      proposal: 'Arbetsutskottet föreslår styrelsen att fastställa budgeten.',
      decisions: [
        { text: 'fastställa budget för 2024', by: 'Styrelsen', line: 28 },
        { text: 'ge förbundschefen i uppdrag att följa upp budgeten.', by: 'Styrelsen', line: 29 },
      ],
    });
    expect(item(doc, 5).decisions).toEqual([{ text: 'Läggs till handlingarna.', by: null, line: 34 }]);
    expect(item(doc, 6).decisions).toEqual([]);
  });

  it('names the organ of the minutes after the organ that decides', () => {
    expect(doc.meeting?.body).toBe('styrelse');
  });
});

describe('findDecisions never reports an empty decision', () => {
  it.each(['Styrelsen beslutar att\n\nGodkänna budgeten.\n\n; ', 'Rapporten diskuterades. Beslut:', 'Beslut:'])('%j', (body) => {
    for (const d of findDecisions(parasOf(body))) expect(d.text).not.toBe('');
  });
});

describe('every passive of the lexicon', () => {
  // the finder skips sentences by a hand-written prefilter of stems: each lexicon word must pass it
  it('is read as a decision in a sentence of its own', () => {
    for (const verb of DECISION.passive) {
      expect(decisionsOf(`Ärendet ${verb}.`).map((d) => d.text), verb).toEqual([`Ärendet ${verb}.`]);
    }
  });
});
