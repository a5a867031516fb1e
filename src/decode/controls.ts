// Control characters in decoded text: a stray NUL or an escape sequence that pdftotext or
// a copy from a terminal left. They carry nothing a reader could see, so they are dropped
// here, before any pattern runs, and the file says how many with one warning.
import type { Warning } from '../schema/result.js';

// C0 controls but tab, line feed, vertical tab (a line break from Word), form feed (a page
// break) and carriage return, which normalise reads
const STRAY = /[\u0000-\u0008\u000e-\u001f]/g;
// the line breaks normalise counts, so the warning names the same line number
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v]/g;

export function dropControls(text: string): { text: string; warning: Warning | null } {
  STRAY.lastIndex = 0;
  const first = STRAY.exec(text);
  if (!first) return { text, warning: null };
  let count = 0;
  const cleaned = text.replace(STRAY, () => {
    count++;
    return '';
  });
  const line = (text.slice(0, first.index).match(LINE_BREAK)?.length ?? 0) + 1;
  return {
    text: cleaned,
    warning: { code: 'control-characters', message: `${count} control character(s) such as NUL were removed`, line },
  };
}
