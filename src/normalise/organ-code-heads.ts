// A web transcript of Swedish-language Finnish minutes from a case system that heads each page
// with the § number, the organ's code and the meeting's day and hour (`§ 41, NSTYR, 14.04.2015
// 18:00`): the transcript writes its own page number first and drops the sign, the day and
// most of the hour (`2 41, NSTYR :00 Sida 2 SAMMANTRÄDETS LAGLIGHET …`); a front page carries a
// range the transcript cut to `-1`. The head becomes the page number and the § alone, its sign
// back (`2 § 41 SAMMANTRÄDETS …`: the head says it is a §, and which); a front page keeps its
// page number only. The code and the number that close the page again (`… godkändes. NSTYR 41`)
// go with the head.

// the transcript's page number, the § number (or the front page's cut range), the organ's code in capitals, the
// day (perhaps dropped) and the hour (perhaps only its minutes), the page's own counter
const HEAD = /^(\d{1,3} )(?:§ ?)?(-?)(\d{1,4}), ([A-ZÅÄÖ]{2,8}),? (?:\d{1,2}\.\d{1,2}\.\d{4} )?\d{0,2}:\d\d(?: Sida \d{1,3})? /u;
// (the code's comma after a number at a line's start is the cheap test: most texts have none)
const MAY_HEAD = /\d{1,3} (?:§ ?)?-?\d{1,4}, [A-ZÅÄÖ]{2,8}/uy;
// (a match's comma stands at most 11 characters after its line's start: `123 § -1234, `)
const COMMA_REACH = 11;
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
// what ends a line for `^` in a multiline pattern
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/**
 * A line of the text opens as a head does (`^\d{1,3} (?:§ ?)?-?\d{1,4}, [A-ZÅÄÖ]{2,8}`, multiline): its comma found
 * by a plain search, a digit before it and two capitals after, and the pattern tried from the line starts within
 * reach before it (the multiline pattern was tried at every place of every text, and most texts hold no head).
 */
function mayHead(text: string): boolean {
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 1)) {
    if (at === 0 || (text.charCodeAt(at - 1) - 48) >>> 0 > 9 || !isCapital(text.charCodeAt(at + 2)) || !isCapital(text.charCodeAt(at + 3))) continue;
    for (let start = Math.max(0, at - COMMA_REACH); start < at; start++) {
      if (start > 0 && !isLineEnd(text.charCodeAt(start - 1))) continue;
      MAY_HEAD.lastIndex = start;
      if (MAY_HEAD.test(text)) return true;
    }
  }
  return false;
}

export function restoreOrganCodeHeads(text: string): string {
  if (!mayHead(text)) return text;
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const m = HEAD.exec(line);
    if (!m) continue;
    const [whole, page, cut, n, code] = m as unknown as [string, string, string, string, string];
    let rest = line.slice(whole.length);
    // `… godkändes. NSTYR 41`: the head's code and number closing the page
    const close = ` ${code} ${n}`;
    const trimmed = rest.trimEnd();
    if (trimmed.endsWith(close)) rest = trimmed.slice(0, -close.length);
    lines[k] = cut === '' ? `${page}§ ${n} ${rest}` : `${page}${rest}`;
  }
  return lines.join('\n');
}
