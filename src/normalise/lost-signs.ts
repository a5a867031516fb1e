// A web transcript that lost every § sign (`… Sammanträdesdatum 2023-03-14 33 Val av
// justerare …`, `… läggs till handlingarna. 39 Delegationsbeslut …`): where the front page
// declares the range (`Paragrafer 33-40`), numbers that count up through exactly that range,
// each where a heading can stand (after a sentence's end, a date or a case number, and
// before a capital), get their sign back, so that the later stages see `§ 33 Val av …`.
// Nothing changes unless every number of the range is found, in order.

const DECLARED = /paragrafer?\s+(\d{1,4})\s?[-‐‑‒–—]{1,2}\s?(\d{1,4})(?!\d)/iu;
// the declared range stands on the front page
const DECLARED_SCAN = 20_000;
// a longer range is no one meeting's
const MAX_RANGE = 150;
// a number where a heading may start: after `. `, a date `2023-03-14 `, a case number `2023/41 ` or a page
// counter `2[9] `, before a capital
const CANDIDATE = /(?<=[.!?] |\d{4}-\d\d-\d\d |\d{4}\/\d{1,5} |\d[)\]] )(\d{1,4}) (?=\p{Lu})/gu;

export function restoreLostSigns(text: string): string {
  // a text that still has its signs needs none back; the label is looked for only then
  if (text.includes('§') || !/aragraf/iu.test(text.slice(0, DECLARED_SCAN))) return text;
  const declared = DECLARED.exec(text.slice(0, DECLARED_SCAN));
  if (!declared) return text;
  const from = Number(declared[1]);
  const to = Number(declared[2]);
  if (to < from || to - from > MAX_RANGE) return text;
  const at: number[] = [];
  let expected = from;
  for (const m of text.matchAll(CANDIDATE)) {
    if (m.index < declared.index) continue;
    if (Number(m[1]) !== expected) continue;
    at.push(m.index);
    if (++expected > to) break;
  }
  if (expected <= to) return text;
  let out = '';
  let last = 0;
  for (const i of at) {
    out += `${text.slice(last, i)}§ `;
    last = i;
  }
  return out + text.slice(last);
}
