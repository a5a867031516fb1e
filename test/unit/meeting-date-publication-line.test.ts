// A blog post or a news item that carries a meeting's record or call, under the site's line of when it was published
// (`Publicerat den 13 april 2021 av admin`, `Publicerad den 20 november 2022`): that day is the page's, not the meeting's. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a web page’s publication line', () => {
  it('`Publicerat den … av …` under a title whose day has no year: the title’s day, the year from the page', () => {
    const t = text('Minnesanteckningar styrelsemöte 12 april', '', 'Publicerat den 13 april 2021 av admin', '', 'Närvarande: Eva Ek, Bo Al', '', '1. Ekonomi', 'Kassan redovisades.', '2. Sommarfesten', 'Beslutades att festen hålls i juni.');
    expect(meetingDoc(t).meeting?.date).toBe('2021-04-12');
  });

  it('`Publicerad den 20 november 2022` under minutes titled with their day and no year: the title’s day', () => {
    const t = text('Protokoll styrelsemöte 18 november', '', 'Publicerad den 20 november 2022', '', 'Närvarande: Eva Ek, Bo Al', '', '1. Ekonomi', 'Kassan redovisades.', '2. Julfesten', 'Beslutades att festen hålls i december.');
    expect(meetingDoc(t).meeting?.date).toBe('2022-11-18');
  });
});
