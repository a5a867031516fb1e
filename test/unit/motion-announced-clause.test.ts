// A motion that only announces its words (`Anna Ek (S) yrkar enligt följande:`, `Ledamoten X
// understödd av ledamoten Y föreslog följande hemställningskläm:`, `Bo Ek (M) lämnar följande
// tilläggsyrkande:`) and has them in the next paragraph: the motion's text is the announcement
// with that paragraph. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kulturnämnden', 'Sammanträdesdatum 2024-03-12', '');
const motions = (...body: string[]) =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 12 Budget för bibliotek', '', ...body) })), 12).motions.map((m) => [m.by, m.text]);

describe('a motion announced, its words in the next paragraph', () => {
  it('yrkar enligt följande', () => {
    expect(motions('Yrkanden', '', 'Anna Ek (S) yrkar enligt följande:', '', 'Att biblioteket i Norrvik tillförs två miljoner kronor.', '', 'Beslut', '', 'Nämnden beslutar enligt förslaget.')).toEqual([
      [['Anna Ek'], 'enligt följande: Att biblioteket i Norrvik tillförs två miljoner kronor'],
    ]);
  });

  it('a seconded hemställningskläm', () => {
    expect(motions('Behandling', '', 'Ledamoten Mats Berg understödd av ledamoten Eva Holm föreslog följande hemställningskläm:', '', 'Nämnden förutsätter att öppettiderna utreds.', '', 'Nämnden godkände först förslaget enhälligt.')).toEqual([
      [['Mats Berg', 'Eva Holm'], 'följande hemställningskläm: Nämnden förutsätter att öppettiderna utreds'],
    ]);
  });

  it('följande tilläggsyrkande', () => {
    expect(motions('Yrkanden', '', 'Bo Ström (M) lämnar följande tilläggsyrkande:', '', 'Att förvaltningen återkommer med en plan.', '', 'Beslut', '', 'Nämnden beslutar enligt förslaget.')).toEqual([
      [['Bo Ström'], 'tilläggsyrkande: Att förvaltningen återkommer med en plan'],
    ]);
  });

  it('the words on the same line stay as they are', () => {
    expect(motions('Yrkanden', '', 'Cia Lund (V) yrkar följande tillägg: att planen redovisas i juni.', '', 'Beslut', '', 'Nämnden beslutar enligt förslaget.')).toEqual([
      [['Cia Lund'], 'följande tillägg: att planen redovisas i juni'],
    ]);
  });
});
