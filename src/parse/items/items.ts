// Item segments → Item[]: the title read off its suffixes, the body cleaned into
// paragraphs, and what the body says about presenter, proposal and decisions.
import type { DocumentKind, Item, ItemType } from '../../schema/result.js';
import { sectionOf, type ItemSegment, type SubItemSegment } from '../../segment/items.js';
import { paragraphs, type Line } from '../../text/line.js';
import { findDecisions } from '../decisions/decisions.js';
import { findPresenter } from '../decisions/presenter.js';
import { findProposal } from '../decisions/proposal.js';
import { isBodyHeading } from '../decisions/roles.js';
import { readProcess } from '../process/index.js';
import { attachmentsIn, readTitle, splitAgendaColumns, splitInlineTitle } from './title.js';

interface Frame {
  number: number | null;
  label: string | null;
  titleText: string;
  /** Body text written on the title line itself (`1<TAB>Title Body…`). */
  inlineBody: string;
  /** What other columns of an agenda table row said. */
  columns?: { presenter: string | null; attachments: string[]; type: ItemType | null };
  at: number;
  bodyStart: number;
  bodyEnd: number;
  end: number;
  section: string | null;
  sectionType: ItemType | null;
}

export function parseItems(lines: readonly Line[], segments: readonly ItemSegment[], kind: DocumentKind): Item[] {
  return segments.map((seg) => {
    let titleText = seg.titleText;
    let inlineBody = '';
    let columns: Frame['columns'];
    if (seg.header.style === 'tabbed') {
      const split = splitInlineTitle(titleText);
      titleText = split.title;
      inlineBody = split.body;
    } else {
      const row = splitAgendaColumns(seg.header.rest);
      if (row) {
        titleText = [row.title, ...seg.titleLines.filter((i) => i !== seg.at).map((i) => lines[i]!.text)].join(' ');
        columns = row;
      }
    }
    const bodyStart = (seg.titleLines[seg.titleLines.length - 1] ?? seg.at) + 1;
    const item = buildItem(lines, kind, {
      number: seg.header.number,
      label: seg.header.label,
      titleText,
      inlineBody,
      columns,
      at: seg.at,
      bodyStart,
      bodyEnd: seg.subItems[0]?.at ?? seg.end,
      end: seg.end,
      section: seg.section,
      sectionType: seg.sectionType,
    });
    // sub-items under a § titled `Beslutsärenden` stand in that section
    const group = sectionOf(item.title);
    item.subItems = seg.subItems.map((sub) => buildSubItem(lines, kind, sub, group?.section ?? null, group?.type ?? null));
    return item;
  });
}

function buildSubItem(lines: readonly Line[], kind: DocumentKind, sub: SubItemSegment, section: string | null, sectionType: ItemType | null): Item {
  return buildItem(lines, kind, {
    number: null,
    label: sub.label,
    titleText: sub.titleText,
    inlineBody: '',
    at: sub.at,
    bodyStart: (sub.titleLines[sub.titleLines.length - 1] ?? sub.at) + 1,
    bodyEnd: sub.end,
    end: sub.end,
    section,
    sectionType,
  });
}

function buildItem(lines: readonly Line[], kind: DocumentKind, f: Frame): Item {
  const read = readTitle(f.titleText);
  const body: Line[] = [];
  if (f.inlineBody !== '') body.push({ ...lines[f.at]!, text: f.inlineBody, flat: f.inlineBody });
  for (let i = f.bodyStart; i < f.bodyEnd; i++) body.push(lines[i]!);
  const paras = paragraphs(body, isBodyHeading);
  const text = paras.map((p) => p.text).join('\n\n');
  const attachments = [...new Set([...read.attachments, ...(f.columns?.attachments ?? []), ...attachmentsIn(text)])];
  const decisions = kind === 'notice' ? [] : findDecisions(paras);
  return {
    number: f.number,
    label: f.label,
    title: read.title,
    text,
    section: f.section,
    type: read.type ?? f.columns?.type ?? f.sectionType,
    attachments,
    presenter: findPresenter(paras) ?? f.columns?.presenter ?? null,
    proposal: findProposal(paras),
    decisions,
    ...readProcess(paras, body, kind, decisions),
    subItems: [],
    lines: { start: lines[f.at]!.no, end: lines[Math.max(f.at, f.end - 1)]!.no },
  };
}
