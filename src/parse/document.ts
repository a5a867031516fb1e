// Stage 6: a segmented document → a Document of the output contract.
import type { Document, SignedAt, Signatures } from '../schema/result.js';
import type { Segmented } from '../segment/segment.js';
import type { SignatureRole } from '../segment/signatures.js';
import { joinText, paragraphs, type Line } from '../text/line.js';
import { readItems } from './items/items.js';
import { decidingOrgan } from './meeting/deciding-organ.js';
import { hourSaid } from './meeting/hours-said.js';
import { parseMeeting } from './meeting/meeting.js';
import { bareParagraphs, heldParagraphs } from './participants/bare-range.js';
import { dutiesAfterPosition } from './participants/duty-after-position.js';
import { parseParticipants } from './participants/participants.js';
import { attendanceInText } from './participants/running.js';
import { withNoteTaker } from './participants/note-taker.js';
import { postingOf } from './frontpage/posting.js';
import { signersOf, type FrontSigners } from './frontpage/signers.js';
import { readSignatureBlocks } from './signatures/blocks.js';
import { adjustedSentence } from './signatures/adjusted-sentence.js';
import { chairAmongAdjusted } from './signatures/adjusted-each.js';
import { readCertificate } from './signatures/certificate.js';
import { readESignedBlocks } from './signatures/e-signed.js';
import { electedAdjusters, electedChair, electedSecretary } from './signatures/elected.js';
import { chairAmongAdjusters, chairByRoll, secretaryAmongAdjusters, signersFromList } from './signatures/chair-signing.js';
import { chairOf, nameTheChair } from './process/chair.js';
import { proseSigners } from './signatures/prose.js';
import { postingTail, readPosting, type Posting } from './signatures/posting.js';
import { signerLineAtEnd } from './signatures/signer-line.js';
import { signersRunAtEnd, withoutLabelWords } from './signatures/run-at-end.js';
import { adjustedDated, chairOfDated } from './signatures/adjusted-dated.js';
import { signersBesideGrid } from './signatures/grid-right-column.js';
import { adjustersUnderChair } from './signatures/adjusters-under-chair.js';
import { listedSecretary } from './signatures/listed-secretary.js';
import { withoutParties } from './signatures/party-after.js';
import { beforeRollAtEnd, withoutRollRows } from './signatures/roll-rows.js';

// the remote-meeting phrase is looked for in the first items' bodies (`medverkar digitalt`)
const REMOTE_SCAN_ITEMS = 2;

export interface ParsedDocument {
  document: Document;
  /** E-signatures a certificate holds, for the document it certifies. */
  certifies: SignedAt[];
}

export function parseDocument(lines: readonly Line[], seg: Segmented): ParsedDocument {
  const base = {
    kind: seg.kind,
    title: seg.title,
    lines: { start: lines[seg.start]!.no, end: lines[seg.end - 1]!.no },
  };
  if (seg.kind === 'other') {
    return {
      document: {
        ...base, meeting: null, participants: [], signatures: null, items: [],
        text: joinText(lines.slice(seg.start, seg.end)) || null, warnings: [],
      },
      certifies: seg.certificate ? readCertificate(lines, seg.start, seg.end) : [],
    };
  }
  const firstBodies = firstItemsText(lines, seg.items);
  const { meeting, warnings } = parseMeeting(lines, seg, firstBodies);
  // the meeting's own organ first: `Socialnämnden godkänner …` in its minutes is its decision
  const read = readItems(lines, seg.items, seg.kind, meeting?.body ?? null);
  const items = read.items;
  // an organ the header does not name, as the decisions name it (`Kommunfullmäktiges beslut`); then its
  // decisions written without a heading (`Kommunfullmäktige godkänner …`) are read again as the meeting's own
  // (only they, and what rests on them: the rest of an item depends on no organ)
  if (meeting && meeting.body === null && seg.kind !== 'notice') {
    meeting.body = decidingOrgan(items);
    if (meeting.body !== null) read.decideAs(meeting.body);
  }
  // hours the header does not give, as the opening and closing §§ say them (`Ordföranden avslutar mötet kl. 15.20`)
  if (meeting && seg.kind !== 'notice') {
    meeting.startTime ??= hourSaid(items, 'start');
    const end = meeting.endTime === null ? hourSaid(items, 'end') : null;
    if (end !== null && (meeting.startTime === null || end > meeting.startTime)) meeting.endTime = end;
  }
  // the front page's signature grid is read as labels; blocks elsewhere (after the items) as blocks
  // (a block on the front page fills the roles its labels did not: `Utses att justera` read as a
  // label, `Olle Sand, ordförande` under a signature line in a block)
  // (a grid whose signatures stood in its right column, the names after the next row's label: read by its lines first)
  const grid = seg.kind === 'minutes' ? signersBesideGrid(lines, seg.header.start, seg.header.end) : null;
  // (a notice's roll, `Kallade` / `Ordförande  Anna Ek`, signs nothing: only the blocks that stand under no roll's heading)
  const blocks = seg.kind === 'notice' ? withoutRollRows(lines, seg.signatureBlocks, seg.start) : seg.signatureBlocks;
  // (a grid whose adjusters' label a flattened page lost: their names after the chair's)
  const front = fillRoles(grid ?? adjustersUnderChair(signersOf(seg.frontPage), seg.frontPage.fields), readSignatureBlocks(lines, blocks.filter((b) => b.start < seg.header.end)));
  const after = blocks.filter((b) => b.start >= seg.header.end);
  // (signed electronically: each signer with the role and the hour written beside the name)
  const eSigned = readESignedBlocks(lines, after);
  let signers = mergeSigners(front, mergeSigners(readSignatureBlocks(lines, after), eSigned.signers));
  // a notice signed on its last line (`Hanna Lilja, ordförande`)
  // (and a role the blocks left empty, signed on the last lines: `Kerstin Holm` / `ordförande` over `/Petra Lund, nämndsekreterare`)
  // (or run on after its last point, each name before its label, the one source line the reflow cut at each label: that
  // run names each role, where it names every signer the blocks read out of its pieces too)
  // (… before the roll it may end with: `Kallade:` / `Hans Berg, sekreterare` is called, not signing)
  const tailEnd = seg.kind === 'notice' ? beforeRollAtEnd(lines, seg.start, seg.end) : seg.end;
  const run = seg.kind === 'notice' && signers.adjusters.length === 0 ? signersRunAtEnd(lines, seg.start, tailEnd) : null;
  if (run && namesEvery(run, signers)) signers = run;
  else if (seg.kind === 'notice' && signers.adjusters.length === 0 && (signers.chair.length === 0 || signers.secretary.length === 0)) signers = fillFromLine(signers, signerLineAtEnd(lines, seg.start, tailEnd));
  // no chair or secretary under labels: a sentence of the front page may name them (`Sekreterare är Eva Berg.`)
  if (seg.kind === 'minutes' && (signers.chair.length === 0 || signers.secretary.length === 0)) {
    const prose = proseSigners(lines, seg.header.start, seg.header.end);
    if (signers.chair.length === 0) signers.chair = prose.chair;
    if (signers.secretary.length === 0) signers.secretary = prose.secretary;
  }
  // a role no label filled: a sentence may say who adjusted the minutes, and when (`Protokollet har justerats digitalt av …`)
  const said = seg.kind !== 'notice' && (signers.chair.length === 0 || signers.adjusters.length === 0) ? adjustedSentence(lines, seg.start, seg.end) : null;
  if (said) {
    for (const role of ['chair', 'secretary', 'adjusters'] as const) if (signers[role].length === 0) signers[role] = said[role];
  }
  // no adjuster on the front page or under the items: the one `§ 2 Val av justerare` elects
  const elected = seg.kind !== 'notice' ? electedAdjusters(items) : [];
  if (signers.adjusters.length === 0) signers.adjusters = elected.filter((n) => !signers.chair.includes(n));
  // `Justeras` over the chair and the adjuster the minutes elect: the list's chair signs as chair
  const people = bareParagraphs(parseParticipants(seg.participantGroups), meeting?.paragraphs ?? heldParagraphs(items));
  signers = chairAmongAdjusters(signers, people, elected, items);
  // (signers who each said they adjusted electronically: the one the list names chair signs as chair)
  if (said?.each) signers = chairAmongAdjusted(signers, people, said);
  // (no sentence says who adjusted, and no chair signs: a line that gives the day of adjusting with the signers' names after it,
  // `Justerat den 1 februari 2011 Anna Ek Per Ås Eva Lund`, the chair among them as the list or the election tells)
  const dated = seg.kind !== 'notice' && said === null && signers.chair.length === 0 ? adjustedDated(lines, seg.start, seg.end, meeting?.date ?? null) : null;
  if (dated) signers = dated.roles ? withSignedRoles(signers, dated.names, dated.roles, dated.replaced) : withDatedSigners(signers, dated.names, chairOfDated(dated.names, people, items));
  // the chair's and the secretary's labels left blank, to be signed by hand: the list says who holds each
  if (seg.kind === 'minutes') signers = signersFromList(signers, people, seg.frontPage.fields);
  // (and a row of labels whose names slid one label on, the secretary signing as chair, the list's chair as an adjuster)
  if (seg.kind === 'minutes') signers = chairByRoll(signers, people);
  // (and which of three names read as adjusters is the secretary's, printed level with the adjusting's row: in a
  // transcript that a notice's page follows too)
  if (signers.secretary.length === 0 && signers.adjusters.length >= 3) signers = secretaryAmongAdjusters(signers, people);
  // (`Maria Lund (S)`, a front page's `Maria Lund (S), ordförande`: the name without its party)
  signers = withoutParties(signers);
  // no chair signs: the one an early item elects for the meeting (`Till ordförande för mötet valdes Mia Tell`), no adjuster already
  if (seg.kind !== 'notice' && signers.chair.length === 0) {
    const chair = electedChair(items);
    if (chair !== null && !signers.adjusters.includes(chair) && !signers.secretary.includes(chair)) signers = { ...signers, chair: [chair] };
  }
  // no signing evidence of a secretary: the one an early item elects (`Till sekreterare utsågs Karin Holm`), not a signer already
  if (seg.kind !== 'notice' && signers.secretary.length === 0) {
    const secretary = electedSecretary(items);
    if (secretary !== null && !signers.chair.includes(secretary) && !signers.adjusters.includes(secretary)) signers = { ...signers, secretary: [secretary] };
  }
  // no signing evidence of a secretary at all: the one the lists of who took part name the meeting's secretary
  if (seg.kind === 'minutes' && signers.secretary.length === 0) signers = listedSecretary(signers, people);
  // `Ordföranden yrkar …`: the chair who signs
  if (seg.kind !== 'notice') nameTheChair(items, chairOf(signers.chair, people), people);
  // the anslag/bevis facts stand in the header or after the items, never in an item's body
  // (marked over the document's lines, not the whole file's: a file of many documents allocated its length for each)
  const inItem = new Uint8Array(seg.end - seg.start);
  // (an item's own heading line too, `3 Anmälan av justerat protokoll från den 22 oktober 2009`; not one cut out of a source
  // line the headings of several items share, a whole agenda run on into one line that a posting sentence may close)
  for (let k = 0; k < seg.items.length; k++) {
    const it = seg.items[k]!;
    const no = lines[it.at]!.no;
    const shared = (k > 0 && lines[seg.items[k - 1]!.at]!.no === no) || (k + 1 < seg.items.length && lines[seg.items[k + 1]!.at]!.no === no);
    inItem.fill(1, it.at + (shared ? 1 : 0) - seg.start, it.end - seg.start);
  }
  // (but the posting sentences that close the document, after the last §'s text, are the minutes' own)
  inItem.fill(0, postingTail(lines, seg.start, seg.end) - seg.start);
  const posting = mergePosting(postingOf(seg.frontPage, meeting?.date ?? null), readPosting(lines, seg.start, seg.end, (i) => inItem[i - seg.start] === 1));
  if (said) posting.adjustedOn ??= said.adjustedOn;
  if (dated) posting.adjustedOn ??= dated.adjustedOn;
  const hasSignatures =
    signers.chair.length + signers.secretary.length + signers.adjusters.length + eSigned.signedAt.length > 0 || posting.adjustedOn || posting.posted || posting.storedAt;
  // (written out: a spread of two objects into one is built property by property by the runtime)
  const signatures: Signatures | null = hasSignatures
    ? { chair: signers.chair, secretary: signers.secretary, adjusters: signers.adjusters, adjustedOn: posting.adjustedOn, posted: posting.posted, storedAt: posting.storedAt, signedAt: eSigned.signedAt }
    : null;
  if (seg.kind === 'minutes' && items.length === 0) {
    warnings.push({ code: 'no-items', message: 'no numbered paragraphs found in these minutes', line: base.lines.start });
  }
  return {
    document: {
      ...base,
      meeting,
      // `ekonomichef 34`: a bare number inside the declared range is the §§ attended
      // (a duty after the position, `kommundirektör, protokollförare`, a note only once the signers are read: it names the secretary)
      participants: withNoteTaker(
        attendanceInText(dutiesAfterPosition(people), items),
        lines,
        seg.signatureBlocks.filter((b) => b.start < seg.header.end),
        signers.secretary,
      ),
      signatures,
      items,
      text: null,
      warnings: [...seg.warnings, ...warnings],
    },
    certifies: [],
  };
}

/**
 * The first items' bodies, each its paragraphs' texts joined by a space (by loops: the arrays map() made for join() were
 * of one elements kind or another, and each new kind threw parseDocument's optimised code away).
 */
function firstItemsText(lines: readonly Line[], items: Segmented['items']): string[] {
  const out: string[] = [];
  for (let k = 0; k < items.length && k < REMOTE_SCAN_ITEMS; k++) {
    const paras = paragraphs(lines.slice(items[k]!.at, items[k]!.end));
    let text = '';
    for (let j = 0; j < paras.length; j++) text += (j > 0 ? ' ' : '') + paras[j]!.text;
    out.push(text);
  }
  return out;
}

/** The signers with the chair and the adjusters a dated line of adjusting names (all adjusters where none is known chair). */
function withDatedSigners(signers: FrontSigners, names: readonly string[], roles: FrontSigners | null): FrontSigners {
  const chair = roles?.chair ?? [];
  const adjusters = [...signers.adjusters];
  for (const n of roles?.adjusters ?? names) if (!adjusters.includes(n) && !signers.secretary.includes(n)) adjusters.push(n);
  return { chair, secretary: signers.secretary, adjusters: adjusters.filter((n) => !chair.includes(n)) };
}

/**
 * The signers of a dated line that writes each one's role (`Justerat den 19 november Eva Ek (S), ordförande Bo Lind (M),
 * justerare`): each in the role written, beside those read already; an adjuster a signer replaces (`Bo Lind, ersätter Siv Al
 * som justerare`, the one elected who did not adjust) is one no more.
 */
function withSignedRoles(signers: FrontSigners, names: readonly string[], roles: readonly SignatureRole[], replaced: readonly string[]): FrontSigners {
  // (the one replaced perhaps read with a party, `Siv Al (L)`)
  const gone = (n: string): boolean => replaced.includes(n.endsWith(')') ? n.slice(0, n.lastIndexOf(' (')) : n);
  const out: FrontSigners = { chair: [...signers.chair], secretary: [...signers.secretary], adjusters: signers.adjusters.filter((n) => !gone(n)) };
  names.forEach((n, k) => {
    if (!out[roles[k]!].includes(n)) out[roles[k]!].push(n);
  });
  return { ...out, adjusters: out.adjusters.filter((n) => !out.chair.includes(n)) };
}

/** Every name `read` holds is one of `run`'s. */
function namesEvery(run: FrontSigners, read: FrontSigners): boolean {
  const all = [...run.chair, ...run.secretary, ...run.adjusters];
  // (the blocks read the pieces of the same line: `Ordförande Per Ås` is Per Ås with a label cut in)
  return [...read.chair, ...read.secretary, ...read.adjusters].every((n) => all.includes(n) || all.includes(withoutLabelWords(n)));
}

/** The roles the signers leave empty, as the notice's last line signs them (a name no other role holds). */
function fillFromLine(signers: FrontSigners, line: FrontSigners): FrontSigners {
  const taken = (n: string): boolean => signers.chair.includes(n) || signers.secretary.includes(n) || signers.adjusters.includes(n);
  const fill = (role: keyof FrontSigners): string[] => (signers[role].length > 0 ? signers[role] : line[role].filter((n) => !taken(n)));
  return { chair: fill('chair'), secretary: fill('secretary'), adjusters: fill('adjusters') };
}

/** The front page's signers first, then those of signature blocks elsewhere; the chair is no adjuster too. */
/** Each role as the front page's labels name it, else as its signature block does. */
function fillRoles(labels: FrontSigners, block: FrontSigners): FrontSigners {
  // (a name the labels gave a role alone fills no other: `Ordförande` / `Sekreterare Roger Ek`, a row of labels over one
  // name cut apart, the block reading the name beside the label it was cut off with)
  const given = (name: string): boolean => (labels.chair.length === 1 && labels.chair[0] === name) || (labels.secretary.length === 1 && labels.secretary[0] === name);
  const pick = (role: keyof FrontSigners): string[] => (labels[role].length > 0 ? labels[role] : block[role].length > 0 ? block[role].filter((n) => !given(n)) : block[role]);
  return { chair: pick('chair'), secretary: pick('secretary'), adjusters: pick('adjusters') };
}

function mergeSigners(front: FrontSigners, blocks: FrontSigners): FrontSigners {
  const merged: FrontSigners = { chair: [], secretary: [], adjusters: [] };
  for (const role of ['chair', 'secretary', 'adjusters'] as const) {
    for (const name of [...front[role], ...blocks[role]]) if (!merged[role].includes(name)) merged[role].push(name);
  }
  merged.adjusters = merged.adjusters.filter((n) => !merged.chair.includes(n));
  return merged;
}

/** Each fact from the front page where it says it, else from the lines that state it. */
const mergePosting = (front: Posting, lines: Posting): Posting => ({
  adjustedOn: front.adjustedOn ?? lines.adjustedOn,
  posted: front.posted?.from && front.posted.to ? front.posted : front.posted || lines.posted ? { from: front.posted?.from ?? lines.posted?.from ?? null, to: front.posted?.to ?? lines.posted?.to ?? null } : null,
  storedAt: front.storedAt ?? lines.storedAt,
});
