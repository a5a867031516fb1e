// The meeting of notices and notes of bodies not met before: a kungörelse naming its
// municipality in a sentence, notes of a ledningsgrupp with date, hours and place on one
// line. Written anew with invented names, places and content.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a kungörelse that names its municipality in a sentence', () => {
  it('`Kommunfullmäktige i Ekeby kommun sammanträder …` → organisation `Ekeby kommun`', () => {
    const doc = meetingDoc(
      text(
        'Kungörelse',
        '',
        'Kommunfullmäktige i Tallby kommun sammanträder måndagen den 22 april 2024 klockan 18.30 i Folkets hus, Tallby.',
        '',
        'Ärenden',
        '',
        'Punkt 1 Upprop',
        'Punkt 2 Val av justerare',
        'Punkt 3 Årsredovisning 2023, Dnr KS 2024/55',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.meeting).toMatchObject({ organisation: 'Tallby kommun', body: 'kommunfullmäktige', date: '2024-04-22', startTime: '18:30' });
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Upprop', null],
      [2, 'Val av justerare', null],
      [3, 'Årsredovisning 2023', 'KS 2024/55'],
    ]);
  });
});

describe('notes of a ledningsgrupp', () => {
  it('the organ `ledningsgruppen`, and the place after the date and hours on one unlabelled line', () => {
    const doc = meetingDoc(
      text(
        'Anteckningar',
        'Möte med ledningsgruppen för Samordningsförbundet Forsdalen',
        '2024-11-20 kl. 14.00-16.00, Förbundets kontor, Forsby',
        '',
        'Närvarande',
        'Lisa Grön, Forsby kommun',
        '',
        'Punkt 1 Föregående anteckningar',
        'Godkändes.',
        '',
        'Punkt 2 Övrigt',
        'Inget.',
      ),
    );
    expect(doc.kind).toBe('notes');
    expect(doc.meeting).toMatchObject({
      organisation: 'Samordningsförbundet Forsdalen',
      body: 'ledningsgrupp',
      date: '2024-11-20',
      startTime: '14:00',
      endTime: '16:00',
      location: 'Förbundets kontor, Forsby',
    });
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Föregående anteckningar'],
      [2, 'Övrigt'],
    ]);
  });

  it('`Minnesanteckningar styrgruppsmöte` names the organ `styrgrupp`', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar styrgruppsmöte',
        'Projektet Nya Vägar, Samordningsförbundet Forsdalen',
        'Datum: 2024-05-02',
        '',
        '1. Läget i projektet',
        'Projektledaren redogjorde för läget.',
        '2. Nästa möte',
        'Den 6 juni.',
      ),
    );
    expect(doc.meeting).toMatchObject({ body: 'styrgrupp', date: '2024-05-02' });
  });
});
