// normalise (SCHEMA.md: strings free of layout debris): markdown and HTML debris removed
// with what it said about structure kept as flags, signature rules and page furniture
// removed, words hyphenated across lines joined, and every line keeping its source line.
import { describe, expect, it } from 'vitest';
import { classifyDebris } from '../../src/normalise/debris.js';
import { joinHyphenated } from '../../src/normalise/hyphenation.js';
import { stripMarkup } from '../../src/normalise/markup.js';
import { normalise } from '../../src/normalise/normalise.js';
import { linesOf } from './helpers.js';

/** [source line, text] of every line that has text. */
const content = (s: string): [number, string][] => linesOf(s).filter((l) => l.text !== '').map((l) => [l.no, l.text]);

describe('markdown and HTML debris', () => {
  it.each<[string, string, number]>([
    ['## §1. Sammanträdet öppnas', '§1. Sammanträdet öppnas', 2],
    ['#### **Styrelsen beslutar att**', 'Styrelsen beslutar att', 4],
    ['# PROTOKOLL 6 #', 'PROTOKOLL 6', 1],
    ['**Malin Jalonen Nilsson**', 'Malin Jalonen Nilsson', 0],
    ['Organ **Medlemssamråd för Sjuhärads Samordningsförbund**', 'Organ Medlemssamråd för Sjuhärads Samordningsförbund', 0],
    ['19720104-\\*\\*\\*\\*', '19720104-****', 0],
    ['[zigned.se/verify](#) och mer', 'zigned.se/verify och mer', 0],
    ['Text med &amp; i <b>fet</b> stil', 'Text med & i fet stil', 0],
  ])('%j → %j (heading level %i)', (input, text, heading) => {
    const [line] = linesOf(input);
    expect(line).toMatchObject({ no: 1, text, heading });
  });

  it('turns `</p> <p>` into a paragraph break on the same source line', () => {
    const lines = linesOf('\t<p>aktiviteter. Det är viktigt.</p> <p>Mötet uppmanar förbundet.</p>');
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, 'aktiviteter. Det är viktigt.'],
      [1, ''],
      [1, 'Mötet uppmanar förbundet.'],
    ]);
    expect(lines[0]!.tabbed).toBe(true);
  });

  it('turns `<br>` into a line break', () => {
    expect(content('Rad ett<br>Rad två')).toEqual([
      [1, 'Rad ett'],
      [1, 'Rad två'],
    ]);
  });

  it('turns a markdown table row into columns and drops the separator row', () => {
    expect(linesOf('| Organ | Samordningsförbundet Skaraborg |\n|-------|---|').map((l) => l.text)).toEqual(['Organ   Samordningsförbundet Skaraborg', '']);
    expect(stripMarkup('|---|:---:|')).toEqual({ segments: [''], rows: false, heading: 0, tableRule: true, pageMark: false });
  });

  it('lays out a table row whose cells wrap as side-by-side lines, empty cells keeping their place', () => {
    const lines = linesOf('| 5. | Kommunstyrelsens underlag<br>till budget 2025 | 2023-00841 | Förslag till beslut<br>Styrelsen godkänner<br>underlaget. |');
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [1, '5.    Kommunstyrelsens underlag    2023-00841    Förslag till beslut'],
      [1, `till budget 2025${' '.repeat(27)}Styrelsen godkänner`],
      [1, 'underlaget.'],
    ]);
    // the continuation stands under its cell: the indent says which column it is in
    expect(lines.map((l) => l.indent)).toEqual([0, 6, 49]);
    expect(linesOf('|  | Val av justerare<br>och tid |').map((l) => [l.text, l.indent])).toEqual([
      ['Val av justerare', 5],
      ['och tid', 5],
    ]);
  });

  it('turns a converter\'s page marker `<!-- sida 2 -->` into a page break and drops other comments', () => {
    const lines = linesOf('Text före.\n\n<!-- sida 2 -->\n\nText efter. <!-- not -->');
    expect(lines.map((l) => l.text).filter((t) => t !== '')).toEqual(['Text före.', 'Text efter.']);
    expect(lines.find((l) => l.text === 'Text efter.')!.pageBreak).toBe(true);
    expect(linesOf('Ett <!-- kommentar --> två')[0]!.text).toBe('Ett   två');
  });

  it('drops YAML front matter of a converter and keeps the line numbers', () => {
    const lines = linesOf('---\nkommun: kungsbacka\ntyp: protokoll\n---\n\nPROTOKOLL\n---\nText');
    expect(lines.filter((l) => l.text !== '').map((l) => [l.no, l.text])).toEqual([
      [6, 'PROTOKOLL'],
      [8, 'Text'],
    ]);
    // a rule at the top that opens no metadata stays what it was
    expect(linesOf('---\nPROTOKOLL\nText')[1]!.text).toBe('PROTOKOLL');
  });

  it('reads escaped underscores `\\_\\_\\_\\_\\_` as a signature rule', () => {
    const [line] = linesOf('\\_\\_\\_\\_\\_  ');
    expect(line).toMatchObject({ text: '', rule: true });
  });
});

describe('signature rules, leaders and page furniture', () => {
  it.each(['------------------------------------------------------', '.....................', '=========', '- - - - - - -'])('%j is a rule', (input) => {
    expect(linesOf(input)[0]).toMatchObject({ text: '', rule: true });
  });

  it('removes a dotted leader after a label and remembers it', () => {
    expect(linesOf('Sekreterare  .....................................................................')[0]).toMatchObject({ text: 'Sekreterare', leader: true });
    expect(linesOf('Underskrift ........................................................................... ')[0]).toMatchObject({ text: 'Underskrift', leader: true });
  });

  it('keeps the columns between leaders apart', () => {
    const [line] = linesOf('Sekreterare -------------------- Stina Berg');
    expect(line!.leader).toBe(true);
    expect(line!.text).toMatch(/^Sekreterare {2,}Stina Berg$/);
  });

  it.each([
    'Ordförandes sign/Justerandes sign',
    'Justerandes sign',
    'Ordförandes sign                Justerandes sign',
    'Justerandes signatur   Utdragsbestyrkande',
    'Sida 3 av 7',
    'Sida 2 (5)',
    '3 (7)',
    '3 [7]',
    '(5)',
    '- 4 -',
  ])('removes the page furniture %j and marks a page break after it', (furniture) => {
    const lines = linesOf(`Text före.\n${furniture}\nText efter.`);
    expect(lines.map((l) => l.text)).toEqual(['Text före.', '', 'Text efter.']);
    expect(lines[2]!.pageBreak).toBe(true);
    expect(lines[0]!.pageBreak).toBe(false);
  });

  it('turns a form feed into a page break on the same source line', () => {
    const lines = linesOf('Text\fMer text');
    expect(lines.map((l) => [l.no, l.text, l.pageBreak])).toEqual([
      [1, 'Text', false],
      [1, 'Mer text', true],
    ]);
  });

  it('flags a lone number and a lone link, and keeps their text', () => {
    expect(linesOf('12')[0]).toMatchObject({ text: '12', bareNumber: true });
    expect(linesOf('https://www.sjusam.se')[0]).toMatchObject({ text: 'https://www.sjusam.se', link: true });
  });

  it('classifyDebris leaves ordinary text alone', () => {
    expect(classifyDebris('  Ordföranden öppnar mötet. ')).toEqual({
      text: 'Ordföranden öppnar mötet.',
      rule: false,
      leader: false,
      furniture: false,
      pageNumber: false,
      bareNumber: false,
      link: false,
      wrapper: false,
    });
  });

  it('classifyDebris marks a sharing site\'s own line as its wrapper', () => {
    expect(classifyDebris('Transkript')).toMatchObject({ text: '', wrapper: true });
    expect(classifyDebris('Storlek: px')).toMatchObject({ text: '', wrapper: true });
  });
});

describe('hyphenation', () => {
  it.each<[string, [number, string][]]>([
    ['I och med att bas-\ngranskningen visade att', [[1, 'I och med att basgranskningen'], [2, 'visade att']]],
    ['utifrån revisons-\nberättelsen. ', [[1, 'utifrån revisonsberättelsen.']]],
    ['den ekonomiska hus-\nhållningen. Det blir kostsamt', [[1, 'den ekonomiska hushållningen.'], [2, 'Det blir kostsamt']]],
    ['Förbundet har ägt ett antal\n\nEU-\nprojekt så långt', [[1, 'Förbundet har ägt ett antal'], [3, 'EU-projekt'], [4, 'så långt']]],
    ['ESF-\nmedel är önskvärt', [[1, 'ESF-medel'], [2, 'är önskvärt']]],
    ['framtagandet av en fram-\n\ntagen enkät', [[1, 'framtagandet av en framtagen'], [3, 'enkät']]],
    ['sjuk- och\naktivitetsersättning', [[1, 'sjuk- och'], [2, 'aktivitetsersättning']]],
    ['sjuk-\noch aktivitetsersättning', [[1, 'sjuk-'], [2, 'och aktivitetsersättning']]],
    ['arbets-\neller studieförmåga', [[1, 'arbets-'], [2, 'eller studieförmåga']]],
    ['2- till\n4-partssamverkan', [[1, '2- till'], [2, '4-partssamverkan']]],
  ])('%j', (input, expected) => {
    expect(content(input)).toEqual(expected);
  });

  it('does not join onto a heading, a lone number or a § line', () => {
    expect(content('långa-\n## Rubrik')).toEqual([
      [1, 'långa-'],
      [2, 'Rubrik'],
    ]);
    expect(content('x-\n§ 5 Budget')).toEqual([
      [1, 'x-'],
      [2, '§ 5 Budget'],
    ]);
    expect(content('Sida-\n12')).toEqual([
      [1, 'Sida-'],
      [2, '12'],
    ]);
  });

  it('joinHyphenated works on lines in place', () => {
    const lines = normalise('bas-\ngranskningen').lines;
    lines[0]!.text = 'bas-';
    lines[1]!.text = 'granskningen klar';
    joinHyphenated(lines);
    expect(lines.map((l) => l.text)).toEqual(['basgranskningen', 'klar']);
  });
});

describe('lines and characters', () => {
  it('keeps the source line number of every line, for every kind of line break', () => {
    expect(linesOf('Rad\r\nRad2\rRad3\n\nRad5\u2028Rad6').map((l) => [l.no, l.text])).toEqual([
      [1, 'Rad'],
      [2, 'Rad2'],
      [3, 'Rad3'],
      [4, ''],
      [5, 'Rad5'],
      [6, 'Rad6'],
    ]);
  });

  it('normalises to NFC, removes invisible characters and odd spaces, and maps PDF bullets', () => {
    expect(linesOf('e\u0301n')[0]!.text).toBe('én');
    expect(linesOf('A\u00a0B\u200bC\u00adD')[0]!.text).toBe('A BCD');
    expect(linesOf('\uf0b7 punkt')[0]!.text).toBe('• punkt');
  });

  it('keeps indentation and tabs as flags, and internal column gaps in the text', () => {
    const [line] = linesOf('   Peter Vigren      Umeå kommun');
    expect(line).toMatchObject({ indent: 3, tabbed: false, text: 'Peter Vigren      Umeå kommun' });
    expect(linesOf('\tProtokoll.pdf')[0]).toMatchObject({ tabbed: true, indent: 1 });
  });

  it('cuts over-long lines into pieces and warns once', () => {
    const long = ('ord '.repeat(40) + '\n').repeat(3);
    const r = normalise(long, { maxLineLength: 50 });
    expect(r.lines.every((l) => l.text.length <= 50)).toBe(true);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'long-line', line: 1 })]);
    expect(r.lines.filter((l) => l.text !== '').map((l) => l.text).join(' ').split(' ').filter((w) => w === 'ord')).toHaveLength(120);
  });
});
