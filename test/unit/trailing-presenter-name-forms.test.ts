// An agenda row whose presenter's column a transcript ran into the title's end, the name
// written with a middle initial (`Eva K Lund`) or a capital inside the family name
// (`MacLeod`, `McKenzie`): the name is the presenter, not the title's end. Every name is invented.
import { describe, expect, it } from 'vitest';
import { splitTrailingPresenter } from '../../src/parse/items/title.js';
import { meetingDoc, text } from './helpers.js';

describe('a presenter run into the title', () => {
  it('takes a name with a middle initial', () => {
    expect(splitTrailingPresenter('Ekonomisk uppföljning mars 2026 Eva K Lund')).toEqual({ title: 'Ekonomisk uppföljning mars 2026', presenter: 'Eva K Lund' });
  });

  it('takes a family name with a capital inside it, alone or after another name', () => {
    expect(splitTrailingPresenter('Skolskjutsar i Norrby Karin MacLeod')).toEqual({ title: 'Skolskjutsar i Norrby', presenter: 'Karin MacLeod' });
    expect(splitTrailingPresenter('Tilläggsbelopp för elevstöd Olof Ek och Karin McKenzie')).toEqual({ title: 'Tilläggsbelopp för elevstöd', presenter: 'Olof Ek och Karin McKenzie' });
    expect(splitTrailingPresenter('Tilläggsbelopp för elevstöd Olof Ek och Ylvalisa McKenzie')).toEqual({ title: 'Tilläggsbelopp för elevstöd', presenter: 'Olof Ek och Ylvalisa McKenzie' });
  });

  it('still leaves an initial that is no name', () => {
    expect(splitTrailingPresenter('Avtackning av Eva K Lund')).toBeNull();
  });
});

describe('the head of a case number column run into the first row', () => {
  it('is no part of the first point’s title', () => {
    const doc = meetingDoc(
      text(
        '1 KALLELSE (8) Plats och tid Konferensrum Ekgatan 4 Måndagen den 9 mars 2026 kl 18:00 Ledamöter Berit Lund (M), ordförande Karin Ström (S) ' +
          'Föredragningslista Ärende/Föredragande 1 Upprop Dnr 2 Godkännande av föredragningslistan och val av justerare 3 Arbetsutskottets protokoll 23 februari 2026 KFN 2026/7 ' +
          '4 Information om biblioteket Tor Alm 5 Budgetuppföljning Eva K Lund',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter])).toEqual([
      [1, 'Upprop', null],
      [2, 'Godkännande av föredragningslistan och val av justerare', null],
      [3, 'Arbetsutskottets protokoll 23 februari 2026', null],
      [4, 'Information om biblioteket', 'Tor Alm'],
      [5, 'Budgetuppföljning', 'Eva K Lund'],
    ]);
  });
});
