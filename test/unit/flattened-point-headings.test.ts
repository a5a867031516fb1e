// A page flattened onto one line whose points are headed by their word (`Punkt 1 Mötets
// öppnande … Punkt 2 Val av justerare …`): the line is cut before each point's word, as before a
// `§`, when the points count up; a title run on with its case number and its text (`Budget 2026
// Dnr 2025/38 Anna Ek föredrog …`, `3. Budget 2026 Dnr 2025/38 Föredragande: Anna Ek`) gives the
// title, the case number and the presenter. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = meetingDoc(
  'PROTOKOLL Styrelsen, Samordningsförbundet Norrdal Datum: 2026-02-12 Punkt 1 Mötets öppnande Ordföranden öppnade mötet. ' +
    'Punkt 2 Val av justerare Lisa Dahl valdes till justerare. Punkt 3 Verksamhetsplan 2026 Dnr 2025/38 Anna Ek föredrog planen. ' +
    'Beslut: Styrelsen fastställer verksamhetsplanen. Punkt 4 Övriga frågor Inga övriga frågor.\n',
);

const notice = meetingDoc(
  'KALLELSE Styrelsen, Samordningsförbundet Norrdal Tid: 2026-02-12 kl. 09.00 Plats: Kansliet Föredragningslista 1. Mötets öppnande ' +
    '2. Val av justerare 3. Verksamhetsplan 2026 Dnr 2025/38 Föredragande: Anna Ek Förslag till beslut: Styrelsen fastställer verksamhetsplanen. ' +
    '4. Övriga frågor\n',
);

describe('points headed by their word on a flattened page', () => {
  it('reads each point, its title and its text, with no word of the next heading left in it', () => {
    expect(minutes.items.map((it) => [it.number, it.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Verksamhetsplan 2026'],
      [4, 'Övriga frågor'],
    ]);
    expect(minutes.items.map((it) => it.text)).not.toContainEqual(expect.stringContaining('Punkt'));
  });

  it('reads the case number and the presenter (`föredrog`) run on after a title', () => {
    const p = minutes.items[2]!;
    expect([p.caseNumber, p.presenter, p.decisions.length]).toEqual(['2025/38', 'Anna Ek', 1]);
  });

  it('reads the case number before a presenter’s label in a flattened agenda', () => {
    const p = notice.items.find((it) => it.number === 3)!;
    expect([p.title, p.caseNumber, p.presenter]).toEqual(['Verksamhetsplan 2026', '2025/38', 'Anna Ek']);
  });

  it('cuts no line at a point named once in running text (guard)', () => {
    const doc = meetingDoc(
      'PROTOKOLL Styrelsen, Samordningsförbundet Norrdal Datum: 2026-02-12 § 1 Mötets öppnande Ordföranden öppnade mötet och meddelade att ' +
        'ärendet under Punkt 5 Budget flyttas till nästa möte. § 2 Övriga frågor Inga övriga frågor.\n',
    );
    expect(doc.items.map((it) => it.number)).toEqual([1, 2]);
    expect(doc.items[0]!.text).toContain('Punkt 5 Budget flyttas');
  });
});
