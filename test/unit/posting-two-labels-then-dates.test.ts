// `Anslaget sätts upp   tas ned   2015-11-27   2015-12-19`: the anslag's two labels printed side by
// side before their two dates (a grid flattened): the first date is the day it went up, the second
// the day it comes down. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const posted = (...rows: string[]) =>
  meetingDoc(
    text(
      'Kommunfullmäktige            PROTOKOLL',
      '',
      'Tid och plats          Stadshuset, kl 18.00-21.00',
      'Beslutande             Greta Holm (S), ordförande',
      '                       Nils Varg (S)',
      'Utses att justera      Nils Varg (S)',
      '',
      'ANSLAG/BEVIS',
      'Kommunfullmäktiges protokoll är justerat.',
      ...rows,
      '',
      '§ 12 Val av justerare',
      'Nils Varg utses att justera protokollet.',
    ),
  ).signatures?.posted;

describe('two posting labels side by side before their dates', () => {
  it('reads the first date as the day the anslag went up', () => {
    expect(posted('Sammanträdesdatum 2015-11-23 Anslaget Anslaget sätts upp tas ned 2015-11-27 2015-12-19', 'Protokollet finns hos Stadskansliet')).toEqual({
      from: '2015-11-27',
      to: '2015-12-19',
    });
  });

  it('keeps the dates each under its own label', () => {
    expect(posted('Anslaget sätts upp 2015-11-27', 'Anslaget tas ned 2015-12-19')).toEqual({ from: '2015-11-27', to: '2015-12-19' });
  });
});
