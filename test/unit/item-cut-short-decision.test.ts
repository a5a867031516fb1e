// A transcript's excerpt that stops mid-sentence on a § page, the last heading run on with its decision and no
// full stop after it (`MN 18 Ändring av dagordning På förslag av ordföranden godkänner nämnden att …`,
// `103 Förändring av ärendelistan Beslut lägger punkt 10 …`): the title is cut before the decision, which
// is read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...last: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2019-04-08', '', '§ 17 Val av justerare', 'Till justerare utses Ebba Lund.', '', ...last));

describe('the excerpt cut short after a heading run on with its decision', () => {
  it('an organ deciding after a phrase in capitals', () => {
    const it18 = item(doc('§ 18 Ändring av föredragningslistan På förslag av ordföranden godkänner nämnden att ärendet om tillsyn av'), 18);
    expect(it18.title).toBe('Ändring av föredragningslistan');
    expect(it18.decisions).toHaveLength(1);
  });

  it('the organ deciding first', () => {
    const it18 = item(doc('§ 18 Ändring av ärendelistan Nämnden beslutar att lägga till ärendet om'), 18);
    expect(it18.title).toBe('Ändring av ärendelistan');
    expect(it18.decisions).toHaveLength(1);
  });

  it('a decision label whose organ was lost', () => {
    const it18 = item(doc('§ 18 Förändring av dagordningen Beslut lägger ärende 7 Budget'), 18);
    expect(it18.title).toBe('Förändring av dagordningen');
    expect(it18.decisions).toHaveLength(1);
  });

  it('a title cut short whose capital names something stays whole', () => {
    expect(item(doc('§ 18 Beslut om bidrag till föreningen Ekbygdens Vänner för år 2020 och framåt'), 18).title).toBe('Beslut om bidrag till föreningen Ekbygdens Vänner för år 2020 och framåt');
  });

  it('a long title cut short that decides nothing stays whole', () => {
    expect(item(doc('§ 18 Detaljplan för del av Ekby 3:12 vid Ekby hamn i Norrby socken Samråd'), 18).title).toBe('Detaljplan för del av Ekby 3:12 vid Ekby hamn i Norrby socken Samråd');
  });
});
