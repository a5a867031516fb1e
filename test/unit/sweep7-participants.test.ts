// Participant headings met in sweep 7: `Närvarande, ej tjänstgörande ersättare` with a comma
// after its first word, on a line of its own or as the label of a front page. Invented texts.
import { describe, expect, it } from 'vitest';
import { labelAt } from '../../src/text/labels.js';
import { meetingDoc } from './helpers.js';

describe('a participant heading with a comma after its first word', () => {
  it('is a front-page label', () => {
    expect(labelAt('Närvarande, ej tjänstgörande ersättare:')?.field).toBe('participants');
    expect(labelAt('Närvarande, ej tjg ers: Rasmus Tell')?.text).toBe('Närvarande, ej tjg ers');
  });

  it('keeps the deputies under it', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Styrelsen Samordningsförbundet Lerdala',
      'Datum 2023-05-22',
      '',
      'Plats och tid Lerdala kommunhus, kl 10.00-12.00',
      '',
      'Beslutande:',
      'Maria Hedlöf (S), ordförande, Lerdala kommun',
      'Per Strand, Försäkringskassan',
      '',
      'Närvarande, ej tjänstgörande ersättare:',
      'Rasmus Tell (M), Lerdala kommun',
      '',
      'Övriga närvarande:',
      'Ylva Berner, förbundschef',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
    ].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Maria Hedlöf', 'member', 'Beslutande'],
      ['Per Strand', 'member', 'Beslutande'],
      ['Rasmus Tell', 'deputy', 'Närvarande, ej tjänstgörande ersättare'],
      ['Ylva Berner', 'other', 'Övriga närvarande'],
    ]);
  });
});

describe('an absence remark after an organisation in brackets', () => {
  const roster = (entry: string): ReturnType<typeof meetingDoc> =>
    meetingDoc([
      'SAMMANTRÄDESPROTOKOLL',
      'Samordningsförbundet Västra Ådalen',
      'Styrelsen',
      '',
      'Plats och tid: Storgatan 12, Ådala, torsdag den 22 november 2018 kl 8:30-11:00',
      '',
      'Närvarande: Ledamöter',
      'Karin Ny ( Region Ådalen ) ordförande',
      entry,
      '',
      '§ 40 Mötets öppnande',
      'Ordföranden öppnar mötet.',
    ].join('\n'));

  it.each([
    'Håkan Lid (Arbetsförmedlingen )ej närvaro',
    'Håkan Lid (Arbetsförmedlingen) ej närvaro',
    'Håkan Lid (Arbetsförmedlingen), anmält förhinder',
  ])('%s: absent, the remark no position or note', (entry) => {
    const p = roster(entry).participants.find((x) => x.name === 'Håkan Lid')!;
    expect([p.role, p.organisation, p.position, p.note]).toEqual(['absent', 'Arbetsförmedlingen', null, null]);
  });
});

describe('the minutes\' opening sentence under the list of people', () => {
  it('ends the list and names nobody', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Styrelsen Samordningsförbundet Ekdal',
      '2023-02-10',
      '',
      'Närvarande',
      'Ingrid Sjö, ordförande',
      'Bengt Ahl',
      'Sara Tuve',
      '',
      'Ingrid Sjö öppnade mötet och hälsade alla välkomna.',
      '',
      '§ 1 Fastställande av dagordning',
      'Dagordningen fastställdes.',
    ].join('\n'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Ingrid Sjö', 'Bengt Ahl', 'Sara Tuve']);
  });

  it('keeps a remark on attendance with its § in the list', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Styrelsen Samordningsförbundet Ekdal',
      '2023-02-10',
      '',
      'Närvarande',
      'Ingrid Sjö, ordförande',
      'Bengt Ahl',
      'Bengt Ahl lämnade mötet efter § 2.',
      '',
      '§ 1 Fastställande av dagordning',
      'Dagordningen fastställdes.',
    ].join('\n'));
    expect(doc.participants.find((p) => p.name === 'Bengt Ahl')?.paragraphs).toEqual({ from: null, to: 2 });
  });
});
