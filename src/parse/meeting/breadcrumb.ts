// A web page's breadcrumb trail above the minutes it shows (`Din position: Hem > Ekby stad > Ekby Hamn AB > Sammanträde
// 2003-12-16`): the crumbs before the meeting's own say whose meeting it is. A company's crumb names the organisation, and the
// organ of a company that meets is its board (the town that owns it, a crumb before, is not whose meeting it is); an
// organ's crumb (`… > Ekby stad > Kulturnämnden > Sammanträde …`) names the body, the town's crumb before it the organisation.
import { BREADCRUMB } from '../../lexicon/sv.js';
import type { Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { findBody, findOrganisation, findPublicBody } from './organisation.js';

// a crumb's sign between spaces; a trail has two at least (`Hem > Stad > Bolaget`)
// (from the start of the blanks' run: a search that tried each blank of a long run in turn would be quadratic)
const SEPARATOR = new RegExp(`(?<!\\s)\\s+(?:${alternation(BREADCRUMB.separators)})\\s+`, 'u');
const FEWEST_SEPARATORS = 2;
// the trail's own label before it (`Din position:`, `Du är här:`): words and a colon, no sign of the trail
const TRAIL_LABEL = /^[^:>»›]{1,30}:\s*/u;
// `Ekby Hamn AB`, `AB Ekbybostäder`, `Ekby Energi Aktiebolag`: the company's word opens or closes the crumb
const COMPANY = new RegExp(`(?:^(?:${alternation(BREADCRUMB.companyWords)})\\s|\\s(?:${alternation(BREADCRUMB.companyWords)})$)`, 'u');
// the meeting's crumb: a day in it (`Sammanträde 2003-12-16`, `Möte 12 mars 2019`)
const MEETING_CRUMB = /\d/u;
// (a trail stands at the page's top)
const REACH = 4;

/** The organisation and body a breadcrumb trail among the header's first lines names, or null. */
export function breadcrumbOrgan(headerLines: readonly Line[]): { organisation: string | null; body: string | null } | null {
  for (let k = 0; k < headerLines.length && k < REACH; k++) {
    const text = headerLines[k]!.flat;
    // (its signs counted first: most lines hold none)
    if (!BREADCRUMB.separators.some((s) => text.includes(` ${s} `))) continue;
    const crumbs = text.replace(TRAIL_LABEL, '').split(SEPARATOR).map((c) => c.trim());
    if (crumbs.length <= FEWEST_SEPARATORS) continue;
    // (the crumbs before the meeting's own, the last one that holds a day)
    let end = crumbs.length;
    while (end > 0 && !MEETING_CRUMB.test(crumbs[end - 1]!)) end--;
    const before = end > 0 ? crumbs.slice(0, end - 1) : crumbs;
    let body: string | null = null;
    for (let j = before.length - 1; j >= 0; j--) {
      const crumb = before[j]!;
      if (COMPANY.test(crumb)) return { organisation: crumb, body: body ?? BREADCRUMB.companyOrgan };
      const organ: { body: string; index: number } | null = body === null ? findBody(crumb) : null;
      if (organ !== null && organ.index === 0) {
        body = organ.body;
        continue;
      }
      const named = findOrganisation(crumb) ?? findPublicBody(crumb);
      if (named !== null) return { organisation: named.name, body };
    }
    return body !== null ? { organisation: null, body } : null;
  }
  return null;
}
