// A flattened notice runs a point's attachment reference into its proposal's label
// (`6 Årsredovisning 2019 Bilaga 2 Förslag till beslut: att godkänna …`): the reference is
// the point's attachment and no part of what is proposed. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const notice = (point: string): string =>
  [
    'KALLELSE',
    '',
    'Styrelsen Samordningsförbundet Ådal Tid: Fredagen den 14 februari 2020 kl. 09.00-12.00 Plats: Kommunhuset, Åby ' +
      `Ärenden 1 Mötets öppnande 2 Val av justerare 3 Godkännande av dagordning ${point} 5 Övriga frågor 6 Mötets avslutande`,
  ].join('\n');

describe('an attachment reference before the proposal label', () => {
  it('the proposal is what follows the label', () => {
    const doc = meetingDoc(notice('4 Årsredovisning 2019 Bilaga 2 Förslag till beslut: att godkänna årsredovisningen'));
    const point = doc.items.find((i) => i.number === 4);
    expect(point?.title).toBe('Årsredovisning 2019');
    expect(point?.attachments).toEqual(['2']);
    expect(point?.proposal).toBe('att godkänna årsredovisningen');
  });

  it('so with two attachments named', () => {
    const doc = meetingDoc(notice('4 Budget 2021 Bilagor 3, 4 Förslag till beslut: att fastställa budgeten'));
    expect(doc.items.find((i) => i.number === 4)?.proposal).toBe('att fastställa budgeten');
  });
});
