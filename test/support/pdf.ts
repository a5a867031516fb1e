// PDFs made in the tests with pdf-lib: text placed at given positions (y from the top of
// an A4 page, in points), so a test states the layout it reads.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface Placed {
  text: string;
  x: number;
  /** Baseline, points from the top. */
  y: number;
  size?: number;
}

/** One entry per page: its text, or `'scan'` for a page with a picture-like box and no text. */
export type PageSpec = Placed[] | 'scan';

export async function makePdf(pages: readonly PageSpec[], options: { title?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (options.title) doc.setTitle(options.title);
  for (const spec of pages) {
    const page = doc.addPage([595, 842]);
    if (spec === 'scan') {
      page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.8, 0.8, 0.8) });
      continue;
    }
    for (const p of spec) page.drawText(p.text, { x: p.x, y: 842 - p.y, size: p.size ?? 11, font });
  }
  return doc.save({ useObjectStreams: false });
}

/** Lines of prose, 14 points apart, from `top`. */
export const prose = (lines: readonly string[], top: number, x = 60): Placed[] => lines.map((text, i) => ({ text, x, y: top + 14 * i }));

/**
 * A PDF written by hand, object by object (numbered from 1; object 1 is the catalog), with
 * a correct cross-reference table: for what pdf-lib will not write (encryption, bombs).
 */
export function handPdf(objects: readonly (string | Uint8Array)[], trailer = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.from(body as string | Uint8Array), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** A content stream object. */
export const stream = (content: string, dict = ''): Uint8Array => {
  const data = Buffer.from(content, 'latin1');
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} ${dict} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
};

/** One page of text in Helvetica: objects 1–5 (catalog, pages, page, font, content), plus `extra` from 6. */
export function handPage(content: string, extra: readonly (string | Uint8Array)[] = [], resources = '', trailer = ''): Uint8Array {
  return handPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> ${resources} >> >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      stream(content),
      ...extra,
    ],
    trailer,
  );
}

/** A PDF encrypted with a user password (RC4, revision 2) that finsam is not given. */
export function encryptedPdf(): Uint8Array {
  const hex = (seed: number): string => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  return handPage('BT /F1 12 Tf 72 700 Td (Hemlig text) Tj ET', ['<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <' + hex(1) + '> /U <' + hex(2) + '> >>'], '', `/Encrypt 6 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>]`);
}

/** A page of `n` one-letter runs, each at its own place on a fine grid. */
export function denseRunsPdf(n: number): Uint8Array {
  // far enough apart (6 em) that pdf.js keeps each its own item
  const ops: string[] = ['BT /F1 1 Tf'];
  for (let i = 0; i < n; i++) ops.push(`1 0 0 1 ${20 + (i % 90) * 6} ${830 - Math.floor(i / 90) * 0.75} Tm (${String.fromCharCode(97 + (i % 26))}) Tj`);
  ops.push('ET');
  return handPage(ops.join('\n'));
}

/**
 * A billion laughs in PDF: form XObject k draws form k+1 ten times, the last draws a word,
 * so one page of a few hundred bytes asks for 10^depth runs of text.
 */
export function nestedFormsPdf(depth: number): Uint8Array {
  const forms: Uint8Array[] = [];
  for (let k = 0; k < depth; k++) {
    const last = k === depth - 1;
    const content = last
      ? 'BT /F1 1 Tf 0 0 Td (a) Tj ET'
      : Array.from({ length: 10 }, (_, i) => `q 1 0 0 1 ${i} 0 cm /X${k + 1} Do Q`).join('\n');
    const resources = last ? '/Resources << /Font << /F1 4 0 R >> >>' : `/Resources << /XObject << /X${k + 1} ${7 + k} 0 R >> >>`;
    forms.push(stream(content, `/Type /XObject /Subtype /Form /BBox [0 0 595 842] ${resources}`));
  }
  return handPage('/X0 Do', forms, '/XObject << /X0 6 0 R >>');
}

/**
 * A page tree bomb: each level's node lists the next level's node `fanout` times, so a few
 * objects make fanout^depth pages (all the same page).
 */
export function pageTreeBombPdf(fanout: number, depth: number): Uint8Array {
  // objects: 1 catalog, 2..depth+1 page tree levels, depth+2 the page, depth+3 its content
  const page = depth + 2;
  const levels = Array.from({ length: depth }, (_, k) => {
    const kid = k === depth - 1 ? page : k + 3;
    const parent = k === 0 ? '' : `/Parent ${k + 1} 0 R`;
    return `<< /Type /Pages ${parent} /Kids [${Array.from({ length: fanout }, () => `${kid} 0 R`).join(' ')}] /Count ${fanout ** (depth - k)} >>`;
  });
  return handPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    ...levels,
    `<< /Type /Page /Parent ${depth + 1} 0 R /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R /Resources << /Font << /F1 ${page + 2} 0 R >> >> >>`,
    stream('BT /F1 12 Tf 72 700 Td (Samma sida) Tj ET'),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}
