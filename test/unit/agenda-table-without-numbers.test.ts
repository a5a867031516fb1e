// An agenda table without a number column (`Ärende   Föredragande   Bilaga` over rows that open
// with the title): each row a point without a number, its other cells read as a numbered row's
// are. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['KALLELSE', 'Styrelsen för Samordningsförbundet Östra Myrlandet', 'Tid: Tisdag 8 oktober 2024 kl. 13.00–15.00', 'Plats: Förbundets kontor, Myrby', ''];

describe('an agenda table whose rows have no number', () => {
  it('reads each row under the head row as a point', () => {
    const doc = meetingDoc(
      text(
        ...HEAD,
        'Ärende                              Föredragande         Bilaga',
        'Val av justerare                    Ordförande',
        'Budget 2025                         Karin Ström          1',
        'Verksamhetsplan 2025                Karin Ström          2',
        'Övriga frågor',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter, i.attachments])).toEqual([
      [null, 'Val av justerare', 'Ordförande', []],
      [null, 'Budget 2025', 'Karin Ström', ['1']],
      [null, 'Verksamhetsplan 2025', 'Karin Ström', ['2']],
      [null, 'Övriga frågor', null, []],
    ]);
  });

  it('a head row over one row, or no head row, makes no points', () => {
    expect(meetingDoc(text(...HEAD, 'Ärende                              Föredragande', 'Budget 2025                         Karin Ström')).items).toEqual([]);
    expect(meetingDoc(text(...HEAD, 'Budget 2025                         Karin Ström', 'Verksamhetsplan 2025                Karin Ström', 'Övriga frågor')).items).toEqual([]);
  });
});
