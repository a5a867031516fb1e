// The layout stage for a whole PDF: each page's runs → lines (by baseline) → chunks (by
// gap), wrapped labels joined, then every page set on one character grid, page furniture
// dropped, and the pages joined with form feeds: text as `pdftotext -layout` prints it.
// Pages without text, or that pdf.js cannot read, are named in warnings; a PDF with no
// text at all gets a fatal warning instead of text.
import { FinsamError } from '../errors.js';
import type { OpenPdf } from '../pdf/read.js';
import type { Warning } from '../schema/result.js';
import { joinWrappedLabels } from './cells.js';
import { dropFurniture } from './furniture.js';
import { linesOf, type TextLine } from './lines.js';
import { gridOf, narrowCharacter, renderPage } from './render.js';

export interface PdfText {
  /** The built text: pages separated by form feeds, page furniture left out. Empty when unreadable. */
  text: string;
  /** Pages in the PDF (0 when it could not be opened). */
  pages: number;
  /** Lines left out as page furniture. */
  furniture: number;
  /** Problems; a fatal one (see `isFatal`) when no text could be read. */
  warnings: Warning[];
}

export async function layOut(pdf: OpenPdf, maxRunsPerPage: number): Promise<PdfText> {
  const lines: TextLine[][] = [];
  const units: number[] = [];
  const blank: number[] = [];
  const unreadablePages: number[] = [];
  const warnings: Warning[] = [];
  for (let n = 1; n <= pdf.pages; n++) {
    let page;
    try {
      page = await pdf.page(n);
    } catch (e) {
      if (!(e instanceof FinsamError) || e.code !== 'pdf-page-unreadable') throw e;
      unreadablePages.push(n);
      lines.push([]);
      continue;
    }
    if (page.cut > 0) {
      warnings.push({ code: 'pdf-page-too-dense', message: `page ${n} has more than ${maxRunsPerPage} text runs; the rest of the page was left out`, line: null });
    }
    if (page.runs.length === 0) blank.push(n);
    units.push(narrowCharacter(page.runs));
    lines.push(joinWrappedLabels(linesOf(page.runs)));
  }
  if (unreadablePages.length === pdf.pages) {
    return unreadable(pdf.pages, 'pdf-corrupt', `not a readable PDF: none of its ${pdf.pages} page(s) can be read`);
  }
  if (blank.length + unreadablePages.length === pdf.pages) {
    return unreadable(
      pdf.pages,
      'pdf-no-text',
      'the PDF has no text layer (a scan?): finsam reads the text a PDF holds and does no OCR; run OCR first, e.g. ocrmypdf in.pdf out.pdf',
    );
  }
  if (unreadablePages.length) warnings.push({ code: 'pdf-page-unreadable', message: `page(s) ${ranges(unreadablePages)} cannot be read and were left out`, line: null });
  if (blank.length) warnings.push({ code: 'pdf-page-no-text', message: `page(s) ${ranges(blank)} have no text layer (scanned?) and were left out; OCR them to read them, e.g. with ocrmypdf`, line: null });
  const grid = gridOf(lines, units);
  const { pages, dropped } = dropFurniture(lines.map((l) => renderPage(l, grid)));
  return { text: pages.map((p) => p.join('\n')).join('\n\f') + '\n', pages: pdf.pages, furniture: dropped, warnings };
}

/** `3, 5–7`: page numbers as a reader writes them. */
function ranges(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

export const unreadable = (pages: number, code: string, message: string): PdfText => ({ text: '', pages, furniture: 0, warnings: [{ code, message, line: null }] });
