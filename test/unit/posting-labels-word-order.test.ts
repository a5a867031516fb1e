// Labels of the anslag block written in other word orders than the lexicon had: `Datum för uppsättande av anslag` /
// `Datum för nedtagande av anslag`, `Protokollets förvaring` and `Förvaringsplats av protokollet`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (...block: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Tekniska nämnden', 'Datum: 2014-05-26', '', '§ 10 Val av justerare', 'Britt Malm utses att justera protokollet.', '',
      'ANSLAG/BEVIS', 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.', ...block,
    ),
  );

describe('anslag labels in other word orders', () => {
  it('`Datum för uppsättande av anslag` and `Datum för nedtagande av anslag`', () => {
    const doc = minutesWith('Datum för uppsättande av anslag   2014-06-02', 'Datum för nedtagande av anslag    2014-06-24', 'Förvaringsplats för protokollet   Samhällskontoret');
    expect(doc.signatures).toMatchObject({ posted: { from: '2014-06-02', to: '2014-06-24' }, storedAt: 'Samhällskontoret' });
  });

  it('`Protokollets förvaring`', () => {
    const doc = minutesWith('Anslag sätts upp    2014-06-02', 'Anslag tas ner      2014-06-24', 'Protokollets förvaring   Kommunkansliet');
    expect(doc.signatures).toMatchObject({ posted: { from: '2014-06-02', to: '2014-06-24' }, storedAt: 'Kommunkansliet' });
  });

  it('`Förvaringsplats av protokollet`', () => {
    const doc = minutesWith('Datum för anslags uppsättande 2014-06-02', 'Datum för anslags nedtagande 2014-06-24', 'Förvaringsplats av protokollet   Byggkontoret');
    expect(doc.signatures).toMatchObject({ storedAt: 'Byggkontoret' });
  });
});
