// `föredrar` is both `presents` and `prefers`. Who presents an item is a person or an official's role
// (`Förbundschefen föredrar ärendet`, `Kansliet föredrar …`); the meeting, one of its bodies or a group of its members
// before the verb prefers something (`Styrgruppen föredrar halvårsvisa möten`, `Ledamöterna föredrar …`) and presents
// nothing. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const presenters = (text: string) => meetingDoc(text).items.map((it) => [it.title, it.presenter]);

describe('`föredrar` after the meeting, a body or a group of members', () => {
  it('reads no presenter where a body or a group prefers, and keeps the officials who present', () => {
    const text = [
      'Minnesanteckningar styrgruppen 2022-09-14',
      '',
      '1. Mötesformer',
      'Styrgruppen föredrar halvårsvisa möten framför kvartalsvisa. Nästa möte hålls digitalt.',
      '',
      '2. Budget',
      'Förbundschefen föredrar ärendet. Styrgruppen godkänner budgeten.',
      '',
      '3. Lokaler',
      'Gruppen föredrar att träffas i Norrby.',
      '',
      '4. Verksamhetsplan',
      'Kansliet föredrar förslaget till verksamhetsplan.',
      '',
    ].join('\n');
    expect(presenters(text)).toEqual([
      ['Mötesformer', null],
      ['Budget', 'Förbundschefen'],
      ['Lokaler', null],
      ['Verksamhetsplan', 'Kansliet'],
    ]);
  });

  it('does so in a board’s minutes, as another body writes it', () => {
    const text = [
      'Protokoll styrelsen 2021-11-02',
      '',
      '§ 5 Utbildningsdag',
      'Ledamöterna föredrar en heldag i mars. Styrelsen beslutar att förlägga utbildningsdagen till mars.',
      '',
      '§ 6 Delårsrapport',
      'Ekonom Per Holm föredrar delårsrapporten. Styrelsen godkänner rapporten.',
      '',
      '§ 7 Mötestider',
      'Styrelsen föredrar möten på eftermiddagar.',
      '',
    ].join('\n');
    expect(presenters(text)).toEqual([
      ['Utbildningsdag', null],
      ['Delårsrapport', 'Per Holm'],
      ['Mötestider', null],
    ]);
  });
});
