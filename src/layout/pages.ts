// Pages, after parsing: each document and item of a PDF gets the page it starts on. The
// parse stages know lines only; the built text knows where pages break (a form feed opens
// every page after the first), so a line's page is one more than the form feeds before it.
import type { Item, ParseResult } from '../schema/result.js';

/** The page of every line of `text` (index 0 is line 1). */
export function pagesOfLines(text: string): number[] {
  const pages: number[] = [];
  let page = 1;
  for (const line of text.split('\n')) {
    for (let i = 0; i < line.length && line[i] === '\f'; i++) page++;
    pages.push(page);
    // a form feed inside a line (the text layer gives none: runs are cleaned of them) would start the next line's page
    for (let i = line.search(/[^\f]/); i >= 0 && i < line.length; i++) if (line[i] === '\f') page++;
  }
  return pages;
}

export function addPages(result: ParseResult, text: string): void {
  const pages = pagesOfLines(text);
  const pageOf = (line: number): number => pages[Math.min(Math.max(line, 1), pages.length) - 1] ?? 1;
  const visit = (item: Item): void => {
    item.page = pageOf(item.lines.start);
    item.subItems.forEach(visit);
  };
  for (const d of result.documents) {
    d.page = pageOf(d.lines.start);
    d.items.forEach(visit);
  }
}
