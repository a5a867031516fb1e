// A notice whose case papers follow it in the same file, the first of them opening a new page
// with its title (`KALLELSE` … points … `\f` `TJÄNSTESKRIVELSE` / `Dnr SN 2024/12` …): the paper is
// a document of its own, and its case number no point's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const FILE = [
  'KALLELSE',
  'Socialnämnden',
  '',
  'Tid: Tisdagen den 12 mars 2024 kl. 13.15',
  'Plats: Stadshuset, sal Ljusnan',
  '',
  'Ärenden',
  '',
  '1. Val av justerare',
  '2. Ekonomisk uppföljning februari 2024          SN 2024/12',
  '3. Delegationsbeslut',
  '',
  'Karin Holm',
  'ordförande',
  '\fTJÄNSTESKRIVELSE',
  '2024-02-28',
  'Dnr SN 2024/12',
  '',
  'Socialnämnden',
  '',
  'Ekonomisk uppföljning februari 2024',
  '',
  'Förslag till beslut',
  'Socialnämnden godkänner den ekonomiska uppföljningen.',
  '',
  'Ärendet',
  'Förvaltningen redovisar utfallet per februari.',
].join('\n');

describe('case papers after a notice', () => {
  const docs = parseText(FILE).documents;

  it('are a document of their own after the notice', () => {
    expect(docs.map((d) => [d.kind, d.title])).toEqual([
      ['notice', 'KALLELSE'],
      ['other', 'TJÄNSTESKRIVELSE'],
    ]);
  });

  it('lend no case number to the notice’s last point', () => {
    expect(docs[0]!.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Ekonomisk uppföljning februari 2024', 'SN 2024/12'],
      [3, 'Delegationsbeslut', null],
    ]);
  });
});
