// Words met in sweep 7: a municipal footer's cells run together on one line, `Adjungerande`
// over a working group's guests, a title that names the organ in its compound. Invented texts.
import { describe, expect, it } from 'vitest';
import { classifyDebris } from '../../src/normalise/debris.js';
import { item, meetingDoc } from './helpers.js';

describe('a footer whose cells run together with single spaces', () => {
  it('is page furniture, with or without the page number last', () => {
    expect(classifyDebris('Ordf sign Justerandes sign Sekr sign 214').furniture).toBe(true);
    expect(classifyDebris('Justerandes sign Utdragsbestyrkande').furniture).toBe(true);
    expect(classifyDebris('Ordförande sign Justerare sign Sekreterare sign').furniture).toBe(true);
  });

  it('leaves a line with other words alone', () => {
    expect(classifyDebris('Ordf sign saknas på sidan 3').furniture).toBe(false);
    expect(classifyDebris('Signe Holm').furniture).toBe(false);
  });

  it('is no decision of the § it ends', () => {
    const doc = meetingDoc([
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunstyrelsen',
      'Sammanträdesdatum 2018-11-05',
      '',
      '§ 214 Dnr 2018/2240',
      'Revisionsrapport om intern kontroll',
      'Beslut',
      'Kommunstyrelsen beslutar att lägga rapporten till handlingarna.',
      'Ordf sign Justerandes sign Sekr sign 214',
    ].join('\n'));
    expect(item(doc, 214).decisions.map((d) => d.text)).toEqual(['Kommunstyrelsen beslutar att lägga rapporten till handlingarna.']);
  });
});

describe('`Adjungerande` over a working group\'s guests', () => {
  it('heads participants of their own', () => {
    const doc = meetingDoc([
      'MINNESANTECKNINGAR',
      'Beredningsgruppen 2022-10-05',
      'Deltagare:',
      'Lindby kommun/Karin Ås, verksamhetschef',
      'Försäkringskassan – Sara Ljung, teamchef',
      'Adjungerande:',
      'Samordningsförbundet/Elin Borg/Förbundschef',
      'Ärenden',
      '1. Mötets öppnande',
      '2. Ansökan om förlängning av Vägen vidare',
      'Beredningsgruppen tillstyrker ansökan.',
    ].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Karin Ås', 'other', 'Deltagare'],
      ['Sara Ljung', 'other', 'Deltagare'],
      ['Elin Borg', 'other', 'Adjungerande'],
    ]);
  });
});

describe('a title that names the organ in its compound', () => {
  it.each([
    ['Direktionsprotokoll 2022-02-11', 'direktion'],
    ['Styrelseprotokoll 2022-02-11', 'styrelse'],
    ['Arbetsutskottsprotokoll 2022-02-11', 'arbetsutskott'],
  ])('%s → %s', (title, body) => {
    const doc = meetingDoc([title, '', 'Beslutande Eva Larsson (S) ordförande', '', '§ 1 Val av justerare', 'Eva Larsson utses att justera protokollet.'].join('\n'));
    expect(doc.meeting?.body).toBe(body);
  });
});

describe('an association\'s chair of one meeting, abbreviated', () => {
  it('reads `mötesordf.` as mötesordförande', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Möte med förbundets styrelse den 14 mars 2019',
      '',
      'Ledamöter Närvarande',
      'Tove Lindqvist X, mötesordf. § 12-20',
      'Arvid Holmér X',
      'Selma Brandt X, vice ordf',
      '',
      '§12 Val av justerare',
      '',
      'Beslut',
      '',
      'att utse Arvid Holmér till justerare.',
    ].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Tove Lindqvist', 'mötesordförande'],
      ['Arvid Holmér', null],
      ['Selma Brandt', 'vice ordförande'],
    ]);
  });
});
