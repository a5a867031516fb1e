// Minutes declared adjusted at the meeting (`Protokolljustering   Dagens protokoll förklaras justerat. Anna Ek Per Ås`): the
// day of adjusting is the meeting's, the names after the sentence its signers (the chair by the list), and the time to
// appeal after it (`Överklagningstid 16.3.2023-6.4.2023`) the posting's. A samkommun's name heads such minutes. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('minutes adjusted at the meeting', () => {
  it('takes the meeting day, the signers after the sentence and the appeal time as the posting', () => {
    const doc = meetingDoc(
      text(
        'Ekby samkommun', 'PROTOKOLL', 'Styrelsen', 'Sammanträdestid     14.3.2023 kl. 13.00-15.00', 'Sammanträdesplats   Samkommunens kansli',
        'Närvarande          Anna Ek, ordförande', '                    Per Ås, medlem',
        'Protokolljustering  Dagens protokoll förklaras justerat. Anna Ek Per Ås', 'Överklagningstid    16.3.2023-6.4.2023',
      ),
    );
    expect(doc.meeting?.organisation).toBe('Ekby samkommun');
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], adjusters: ['Per Ås'], adjustedOn: '2023-03-14', posted: { from: '2023-03-16', to: '2023-04-06' } });
  });

  it('reads the past form a second body writes, its name after `Samkommunen`', () => {
    const doc = meetingDoc(
      text(
        'SAMKOMMUNEN NORRVIK', 'Direktionen', 'PROTOKOLL 4/2023', 'Tid   2.5.2023 kl. 17.00', 'Plats   Kansliet, Norrvik',
        'Närvarande   Lars Holm, ordförande', '             Siv Dahl', '             Ola Berg',
        'Protokolljustering   Sammanträdets protokoll förklarades justerat. Lars Holm Siv Dahl Ola Berg',
      ),
    );
    expect(doc.meeting?.organisation).toBe('Samkommunen Norrvik');
    expect(doc.signatures).toMatchObject({ chair: ['Lars Holm'], adjusters: ['Siv Dahl', 'Ola Berg'], adjustedOn: '2023-05-02' });
  });

  it('keeps a day of adjusting written after the place', () => {
    const doc = meetingDoc(
      text('SAMKOMMUNEN NORRVIK', 'Direktionen', 'PROTOKOLL 4/2023', 'Tid   2.5.2023 kl. 17.00', 'Närvarande   Lars Holm, ordförande', 'Protokolljustering   Norrvik 5.5.2023'),
    );
    expect(doc.signatures?.adjustedOn).toBe('2023-05-05');
  });
});
