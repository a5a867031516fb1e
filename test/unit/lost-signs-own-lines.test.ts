// A web transcript that kept its lines but lost every § sign, and declares no range: each
// heading reads `212 Val av justerare` on a line of its own with the § body under it. The
// numbers that count up one by one on such lines are the §§; a numbered list in a body
// (`1. Taxan …`), a contents list and a list counting from 1 are not. Every text is invented.
import { describe, expect, it } from 'vitest';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';
import { meetingDoc } from './helpers.js';

const FRONT = [
  'Protokoll',
  'Tekniska nämnden',
  'Sammanträdesdatum 2023-11-21',
  'Plats och tid: Förvaltningshuset, Storå, kl. 08.30–11.45',
  'Beslutande',
  'Gunnel Vinberg (C), ordförande',
  'Tomas Ahlgren (S)',
  'Rebecka Lööf (M)',
  'Utses att justera: Tomas Ahlgren',
];
const SECTIONS = [
  '212 Val av justerare',
  'Tekniska nämndens beslut',
  'Tomas Ahlgren utses att justera protokollet.',
  '213 Taxor för vatten och avlopp 2024',
  'Dnr TN 2023/118',
  'Förvaltningen föreslår att',
  '1. Brukningsavgiften höjs med fyra procent,',
  '2. Anläggningsavgiften lämnas oförändrad,',
  '3. Taxan gäller från den 1 januari 2024.',
  'Tekniska nämndens beslut',
  'Tekniska nämnden föreslår kommunfullmäktige att anta taxan.',
  '214 Delårsrapport för gatuenheten',
  'Dnr TN 2023/97',
  'Gatuchefen redovisar utfallet till och med augusti.',
  'Tekniska nämndens beslut',
  'Rapporten läggs till handlingarna.',
  '215 Anmälan av delegationsbeslut',
  'Tekniska nämndens beslut',
  'Anmälan godkänns.',
];
const TEXT = [...FRONT, ...SECTIONS, ''].join('\n');

describe('§ signs lost from headings on lines of their own', () => {
  it('are put back before numbers that count up, each a title over a body', () => {
    const out = restoreLostSigns(TEXT);
    expect(out).toContain('\n§ 212 Val av justerare\n');
    expect(out).toContain('\n§ 215 Anmälan av delegationsbeslut\n');
    expect(out).toContain('\n1. Brukningsavgiften');
    expect(out.split('\n')).toHaveLength(TEXT.split('\n').length);
  });

  it('gives the §§, not the numbered list in a body', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [212, 'Val av justerare', null],
      [213, 'Taxor för vatten och avlopp 2024', 'TN 2023/118'],
      [214, 'Delårsrapport för gatuenheten', 'TN 2023/97'],
      [215, 'Anmälan av delegationsbeslut', null],
    ]);
    expect(doc.items[1]!.text).toContain('Anläggningsavgiften lämnas oförändrad');
  });

  it('reads the §§ after a contents list that gives their pages, and not the list', () => {
    const contents = ['Innehåll', '212 Val av justerare 2', '213 Taxor för vatten och', 'avlopp 2024 2', '214 Delårsrapport för gatuenheten 3', '215 Anmälan av delegationsbeslut 3'];
    const text = [...FRONT, ...contents, ...SECTIONS, ''].join('\n');
    const out = restoreLostSigns(text);
    expect(out).toContain('\n212 Val av justerare 2\n');
    expect(out).toContain('\n§ 212 Val av justerare\n');
    expect(meetingDoc(text).items.map((i) => i.number)).toEqual([212, 213, 214, 215]);
  });

  it('reads a heading whose title ends on a number where no contents list gives the same number', () => {
    const text = TEXT.replace('214 Delårsrapport för gatuenheten', '214 Tertialrapport 2');
    expect(meetingDoc(text).items.map((i) => [i.number, i.title])[2]).toEqual([214, 'Tertialrapport 2']);
  });

  it('leaves lines alone that follow one another (a list) or count from 1', () => {
    const list = [...FRONT, 'Ärenden', '212 Val av justerare', '213 Taxor för vatten och avlopp 2024', '214 Delårsrapport för gatuenheten', 'Mötet avslutas.', ''].join('\n');
    expect(restoreLostSigns(list)).toBe(list);
    const fromOne = TEXT.replace('212 Val', '1 Val').replace('213 Taxor', '2 Taxor').replace('214 Del', '3 Del').replace('215 Anm', '4 Anm');
    expect(restoreLostSigns(fromOne)).toBe(fromOne);
  });
});
