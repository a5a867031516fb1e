// The PDF corpus of the benchmark: each fixture's text set on A4 pages with pdf-lib (a
// variant per copy, as for the text corpus), plus the real Högsby PDF, written into a
// folder. Returns how many files and pages it wrote.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random, vary } from './corpus.mjs';

const LINES_PER_PAGE = 62;
const SIZE = 9;
const WRAP = 105;

/** Lines no longer than `width` characters, broken at spaces. */
function wrap(line, width) {
  const out = [];
  let rest = line.replace(/\t/g, '    ');
  while (rest.length > width) {
    const at = rest.lastIndexOf(' ', width);
    const cut = at > width / 2 ? at : width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}

async function render(PDFLib, text) {
  const doc = await PDFLib.PDFDocument.create();
  const font = await doc.embedFont(PDFLib.StandardFonts.Helvetica);
  const known = new Set(font.getCharacterSet());
  const clean = (s) => [...s].map((c) => (known.has(c.codePointAt(0)) ? c : c.trim() === '' ? ' ' : '?')).join('');
  const lines = text.replace(/\r\n?/g, '\n').split(/\n|\f/).flatMap((l) => wrap(clean(l), WRAP));
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) {
    const page = doc.addPage([595, 842]);
    lines.slice(i, i + LINES_PER_PAGE).forEach((line, k) => {
      if (line.trim() !== '') page.drawText(line, { x: 40, y: 800 - k * 12, size: SIZE, font });
    });
  }
  return { bytes: await doc.save(), pages: doc.getPageCount() };
}

/** `copies` variants of every fixture, and `hogsby` copies of the Högsby PDF. */
export async function writePdfCorpus(dir, fixtures, { copies, hogsby, hogsbyPdf }) {
  const PDFLib = await import('pdf-lib');
  mkdirSync(dir, { recursive: true });
  const rng = random(7);
  let files = 0;
  let pages = 0;
  for (let c = 0; c < copies; c++) {
    for (const [i, fixture] of fixtures.entries()) {
      const { bytes, pages: n } = await render(PDFLib, vary(fixture, rng));
      writeFileSync(join(dir, `f${i}-${c}.pdf`), bytes);
      files++;
      pages += n;
    }
  }
  const real = readFileSync(hogsbyPdf);
  for (let c = 0; c < hogsby; c++) {
    writeFileSync(join(dir, `hogsby-${c}.pdf`), real);
    files++;
    pages += 14;
  }
  return { files, pages };
}
