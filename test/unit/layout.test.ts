// The layout stage on runs placed by hand: lines by baseline, chunks by gap, columns on a
// character grid, wrapped labels beside their values, page furniture, pages of lines.
import { describe, expect, it } from 'vitest';
import { joinWrappedLabels } from '../../src/layout/cells.js';
import { dropFurniture } from '../../src/layout/furniture.js';
import { linesOf } from '../../src/layout/lines.js';
import { pagesOfLines } from '../../src/layout/pages.js';
import { gridOf, narrowCharacter, renderPage } from '../../src/layout/render.js';
import type { Run } from '../../src/pdf/runs.js';
import { toRun, uprightRuns } from '../../src/pdf/runs.js';

/** A run of 11-point text, 5.5 points a character. */
const run = (text: string, x: number, y: number, size = 11): Run => ({
  text, x, y, width: text.length * size * 0.5, size, spaceBefore: false, spaceAfter: false, turn: 0,
});

const texts = (runs: Run[]): string[][] => linesOf(runs).map((l) => l.chunks.map((c) => c.text));
const render = (runs: Run[]): string[] => {
  const lines = joinWrappedLabels(linesOf(runs));
  return renderPage(lines, gridOf([lines], [narrowCharacter(runs)]));
};

describe('lines', () => {
  it('puts runs on one baseline in one line, in x order, whatever order they came in', () => {
    expect(texts([run('värde', 200, 100), run('Etikett', 60, 100.8), run('nästa rad', 60, 114)])).toEqual([['Etikett', 'värde'], ['nästa rad']]);
  });

  it('joins a kerning gap directly, a word gap with a space, and starts a chunk at a column gap', () => {
    const a = run('Sam', 60, 100);
    const b = run('manträde', 60 + a.width + 0.3, 100);
    const c = run('kl', b.x + b.width + 3, 100);
    const d = run('Beslut', c.x + c.width + 30, 100);
    expect(texts([a, b, c, d])).toEqual([['Sammanträde kl', 'Beslut']]);
  });

  it('keeps a small label and a large value apart when the gap is wider than the small font', () => {
    const label = run('anslags nedtagande', 300, 100, 8);
    expect(texts([label, run('2024-02-01', label.x + label.width + 9, 100, 12)])).toEqual([['anslags nedtagande', '2024-02-01']]);
  });

  it('drops the same text drawn twice a hair apart (fake bold)', () => {
    expect(texts([run('Protokoll', 60, 100), run('Protokoll', 60.2, 100.1)])).toEqual([['Protokoll']]);
  });

  it('honours a space the text layer put at the end of a run', () => {
    const a = { ...run('Anna', 60, 100), width: 5 * 5.5, spaceAfter: true };
    expect(texts([a, run('Ek', 60 + a.width, 100)])).toEqual([['Anna Ek']]);
  });
});

describe('rendering as pdftotext -layout does', () => {
  it('keeps a value column aligned under its first line, two spaces or more from its label', () => {
    const out = render([run('Beslutande', 60, 100), run('Anna Ek (S), ordförande', 200, 100), run('Bo Berg (M)', 200, 114), run('Ersättare', 60, 142), run('Cia Dahl (C)', 200, 142)]);
    expect(out).toEqual([
      expect.stringMatching(/^Beslutande {2,}Anna Ek \(S\), ordförande$/),
      expect.stringMatching(/^ +Bo Berg \(M\)$/),
      '',
      expect.stringMatching(/^Ersättare {2,}Cia Dahl \(C\)$/),
    ]);
    expect(out[1]!.indexOf('Bo')).toBe(out[0]!.indexOf('Anna'));
    expect(out[3]!.indexOf('Cia')).toBe(out[0]!.indexOf('Anna'));
  });

  it('keeps two participant columns side by side', () => {
    const out = render([run('Anna Ek (S)', 60, 100), run('Dan Berg (M)', 320, 100), run('Bo Ek (C)', 60, 114), run('Eva Ljung (L)', 320, 114)]);
    expect(out.map((l) => l.split(/ {2,}/))).toEqual([['Anna Ek (S)', 'Dan Berg (M)'], ['Bo Ek (C)', 'Eva Ljung (L)']]);
  });

  it('keeps a signature grid as a grid', () => {
    const out = render([
      run('Underskrifter', 60, 100), run('Sekreterare', 150, 100), run('Paragrafer', 400, 100), run('1-9', 470, 100),
      run('Ordförande', 150, 130), run('Justerande', 150, 160),
      run('Anna Ek', 250, 174), run('Bo Berg', 400, 174),
    ]);
    expect(out.filter((l) => l !== '').map((l) => l.trim().split(/ {2,}/))).toEqual([
      ['Underskrifter', 'Sekreterare', 'Paragrafer', '1-9'],
      ['Ordförande'],
      ['Justerande'],
      ['Anna Ek', 'Bo Berg'],
    ]);
    const [first, , , names] = out.filter((l) => l !== '');
    expect(names!.indexOf('Bo Berg')).toBe(first!.indexOf('Paragrafer'));
  });

  it('marks a paragraph gap with a blank line, and a wide gap with at most two', () => {
    expect(render([run('ett', 60, 100), run('två', 60, 114), run('tre', 60, 142), run('fyra', 60, 600)])).toEqual(['ett', 'två', '', 'tre', '', '', 'fyra']);
  });
});

describe('labels wrapped in their cell', () => {
  it('puts the first half of a wrapped label before its second half, beside the value', () => {
    const out = render([
      run('Datum för', 60, 100, 8), run('Datum för', 300, 100, 8),
      run('anslags uppsättande', 60, 110, 8), run('2024-01-11', 160, 110), run('anslags nedtagande', 300, 110, 8), run('2024-02-01', 400, 110),
      run('Förvaringsplats', 60, 130, 8),
      run('för protokollet', 60, 140, 8), run('Kommunhuset', 160, 140),
    ]);
    expect(out.filter((l) => l !== '').map((l) => l.split(/ {2,}/))).toEqual([
      ['Datum för anslags uppsättande', '2024-01-11', 'Datum för anslags nedtagande', '2024-02-01'],
      ['Förvaringsplats för protokollet', 'Kommunhuset'],
    ]);
  });

  it('never joins the lines of prose', () => {
    expect(render([run('Styrelsen beslutar att godkänna', 60, 100), run('rapporten och lägga den till handlingarna.', 60, 114)])).toEqual([
      'Styrelsen beslutar att godkänna',
      'rapporten och lägga den till handlingarna.',
    ]);
  });

  it('does not join a label whose own line has a value', () => {
    const out = render([run('Plats', 60, 100), run('Stadshuset', 160, 100), run('och tid', 60, 114), run('kl 9-12', 160, 114)]);
    expect(out).toHaveLength(2);
  });
});

describe('page furniture', () => {
  const page = (n: number, body: string[]): string[] => [`Förbundet Test   PROTOKOLL   Sida ${n} av 3`, 'Styrelsen', '', ...body, '', 'Justerandes sign   Utdragsbestyrkande'];

  it('drops repeated heads and foots, keeping the first page heading', () => {
    const { pages, dropped } = dropFurniture([page(1, ['§ 1 Öppnande']), page(2, ['§ 2 Val']), page(3, ['§ 3 Avslut'])]);
    expect(pages).toEqual([
      ['Förbundet Test   PROTOKOLL   Sida 1 av 3', 'Styrelsen', '', '§ 1 Öppnande'],
      ['§ 2 Val'],
      ['§ 3 Avslut'],
    ]);
    expect(dropped).toBe(7);
  });

  it('keeps a repeated heading without a number where it first appears (a second document starts there)', () => {
    const { pages } = dropFurniture([['KALLELSE', 'text a'], ['PROTOKOLL', 'text b'], ['PROTOKOLL', 'text c'], ['PROTOKOLL', 'text d']]);
    expect(pages).toEqual([['KALLELSE', 'text a'], ['PROTOKOLL', 'text b'], ['text c'], ['text d']]);
  });

  it('leaves lines that repeat on few pages, and a single page, alone', () => {
    const three = [['Rubrik', 'a'], ['Annat', 'b'], ['Tredje', 'c'], ['Fjärde', 'd'], ['Rubrik', 'e']];
    expect(dropFurniture(three).pages).toEqual(three);
    expect(dropFurniture([['Rubrik', 'a']]).dropped).toBe(0);
  });
});

describe('pages of lines', () => {
  it('counts the form feeds before each line', () => {
    expect(pagesOfLines('a\nb\n\fc\n\f\n\fd\n')).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe('runs from the text layer', () => {
  it('turns a transform into an upright run, and a blank item into none', () => {
    expect(toRun('  ', [10, 0, 0, -10, 50, 100], 5)).toBeNull();
    expect(toRun('Hej ', [10, 0, 0, -10, 50, 100], 20)).toMatchObject({ text: 'Hej', x: 50, y: 100, size: 10, spaceAfter: true, turn: 0 });
    // text reading downwards (turned 90°): along the line is down the page
    expect(toRun('Sida', [0, 10, 10, 0, 30, 200], 20)).toMatchObject({ turn: 1, x: 200, size: 10 });
  });

  it('keeps the runs that go the way most of the page reads', () => {
    const upright = run('Mest text här', 60, 100);
    const { upright: kept, turned } = uprightRuns([upright, { ...run('marg', 10, 10), turn: 1 }]);
    expect(kept).toEqual([upright]);
    expect(turned).toBe(1);
  });
});
