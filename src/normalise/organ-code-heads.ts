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
const MAY_HEAD = /^\d{1,3} (?:§ ?)?-?\d{1,4}, [A-ZÅÄÖ]{2,8}/mu;

export function restoreOrganCodeHeads(text: string): string {
  if (!MAY_HEAD.test(text)) return text;
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
