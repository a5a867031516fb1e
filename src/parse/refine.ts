// What one document of a file tells about another: an e-signing certificate signs the
// minutes before it; a kallelse that does not name its förbund belongs to the one the
// file's other documents name; minutes that do not name their organ are of the organ
// that makes their decisions (`Styrelsen beslutar …`), or of the kallelse right before them.
import type { Document } from '../schema/result.js';
import type { ParsedDocument } from './document.js';
import { checkDocument } from './checks.js';
import { bodyOfSubject } from './meeting/organisation.js';
import { placeLaterStatements } from './process/later.js';
import { membersBySurname } from './participants/surname-member.js';

export function refineDocuments(parsed: readonly ParsedDocument[]): Document[] {
  // (a loop, not map(): see public-api.ts)
  const docs: Document[] = [];
  for (const p of parsed) docs.push(p.document);
  parsed.forEach((p, k) => {
    if (!p.certifies.length) return;
    for (let j = k - 1; j >= 0; j--) {
      const target = docs[j]!;
      if (target.kind === 'minutes' || target.kind === 'notes') {
        target.signatures ??= { chair: [], secretary: [], adjusters: [], adjustedOn: null, posted: null, storedAt: null, signedAt: [] };
        target.signatures.signedAt.push(...p.certifies);
        break;
      }
    }
  });
  // (a loop, not map() and filter(): see public-api.ts)
  const organisations = new Set<string>();
  for (const d of docs) if (d.meeting?.organisation) organisations.add(d.meeting.organisation);
  docs.forEach((d, k) => {
    if (!d.meeting) return;
    if (!d.meeting.organisation && organisations.size === 1) d.meeting.organisation = [...organisations][0]!;
    if (!d.meeting.body) d.meeting.body = bodyOfDecisions(d) ?? bodyOfItsNotice(d, docs[k - 1]) ?? bodyOfNoticePageAfter(d, docs[k + 1]);
    if (!d.meeting.date && boundAfterFrontPage(d, docs[k - 1])) d.meeting.date = docs[k - 1]!.meeting?.date ?? null;
    // (`Ahls ersättare`: the member by the surname alone, the lists name in full)
    membersBySurname(d.participants);
    placeLaterStatements(d);
    d.warnings.push(...checkDocument(d));
  });
  return docs;
}

/**
 * The organ of the kallelse right before minutes that name none: an Åland file opens with the meeting's
 * `SAMMANTRÄDESKALLELSE` (`Kommunstyrelsens ordförande`, its organ named) and its minutes' pages follow under no
 * organ's name (Eckerö, Brändö). Not where the two name different days: another meeting's notice.
 */
function bodyOfItsNotice(d: Document, before: Document | undefined): string | null {
  // (or the notice page the minutes print after their front page, within their lines: the minutes name the organ)
  const paired = (d.kind === 'minutes' && before?.kind === 'notice') || boundAfterFrontPage(d, before);
  if (!paired || !before?.meeting?.body) return null;
  const days = [d.meeting?.date, before.meeting.date];
  return days[0] && days[1] && days[0] !== days[1] ? null : before.meeting.body;
}

/**
 * The organ of the notice page bound in right after the front page of minutes that name none and have no § before it
 * (`KOMMUNSTYRELSEN` in the page's letterhead, `Utfärdat den …`): the page of the same meeting, the file cut off after it
 * or its §§ yet to come. Not where the two name different days.
 */
function bodyOfNoticePageAfter(d: Document, after: Document | undefined): string | null {
  if (d.kind !== 'minutes' || after?.kind !== 'notice' || d.items.length > 0 || !after.meeting?.body) return null;
  const days = [d.meeting?.date, after.meeting.date];
  return days[0] && days[1] && days[0] !== days[1] ? null : after.meeting.body;
}

/**
 * Notice d is the page the minutes before it bind in: within their lines (their §§ after it), or right after their front
 * page, no § of theirs before it (the file cut off after the page). The notice of the same meeting: the day and organ the
 * page leaves out (`Utfärdad` and no day, `Sammanträdestid kl. 16:00`) are the minutes'.
 */
const boundAfterFrontPage = (d: Document, before: Document | undefined): boolean =>
  d.kind === 'notice' && before?.kind === 'minutes' && (within(d, before) || before.items.length === 0);

/** Document d stands within the lines of document outer. */
const within = (d: Document, outer: Document): boolean => d.lines.start >= outer.lines.start && d.lines.end <= outer.lines.end;

/** The organ most decisions name as their maker, or null. */
function bodyOfDecisions(d: Document): string | null {
  const counts = new Map<string, number>();
  const all = d.items.flatMap((it) => [...it.decisions, ...it.subItems.flatMap((s) => s.decisions)]);
  for (const dec of all) {
    const body = dec.by ? bodyOfSubject(dec.by) : null;
    if (body) counts.set(body, (counts.get(body) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
