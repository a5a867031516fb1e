// Minutes signed electronically, their signers listed at the end under `Signerat elektroniskt av:`
// (`Anna Andersson, ordförande   2024-03-20 14:02`, one a line) or under `Elektroniskt signerad
// av` repeated over each name and its time: each signer with a role signs as that role, each with
// an hour is an e-signature, and none of the lines is the last §'s text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const MINUTES = [
  'PROTOKOLL', 'Styrelsen, Samordningsförbundet Väst', 'Datum: 2024-03-15', 'Tid: kl. 13.00–15.30', 'Plats: Kansliet, Uddevalla', '',
  'Beslutande', 'Anna Andersson (KD), ordförande', 'Karin Lund (L)', 'Olle Ek (M)', '',
  '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
  '§ 2 Val av justerare', 'Karin Lund väljs till justerare.', '',
];

describe('e-signing blocks at the end of minutes', () => {
  it('reads signers one a line with role, day and hour', () => {
    const doc = meetingDoc(
      text(
        ...MINUTES,
        'Signerat elektroniskt av:',
        'Anna Andersson, ordförande    2024-03-20 14:02',
        'Karin Lund, justerare         2024-03-21 08:45',
        'Sara Berg, sekreterare        2024-03-19',
      ),
    );
    expect(doc.signatures).toMatchObject({
      chair: ['Anna Andersson'],
      secretary: ['Sara Berg'],
      adjusters: ['Karin Lund'],
      signedAt: [
        { name: 'Anna Andersson', at: '2024-03-20 14:02' },
        { name: 'Karin Lund', at: '2024-03-21 08:45' },
      ],
    });
    expect(doc.items.at(-1)!.text).toBe('Karin Lund väljs till justerare.');
  });

  it('reads the heading repeated over each name, the time under it, a role word above', () => {
    const doc = meetingDoc(
      text(
        ...MINUTES,
        'Elektroniskt signerad av', 'Ordförande', 'Anna Andersson', '2024-03-20 14:02', '',
        'Elektroniskt signerad av', 'Justerare', 'Olle Ek', '2024-03-21 08:45',
      ),
    );
    expect(doc.signatures).toMatchObject({
      chair: ['Anna Andersson'],
      adjusters: ['Olle Ek'],
      signedAt: [
        { name: 'Anna Andersson', at: '2024-03-20 14:02' },
        { name: 'Olle Ek', at: '2024-03-21 08:45' },
      ],
    });
    expect(doc.items.at(-1)!.text).toBe('Karin Lund väljs till justerare.');
  });
});

describe('an e-signed line with the signer after the heading', () => {
  it('reads the role in a bracket, the hour after `kl.` with a point, and an organisation after the comma', () => {
    const doc = meetingDoc(
      text(
        ...MINUTES,
        'Signerat elektroniskt av: Anna Andersson (ordförande) 2024-03-20 kl. 9.05',
        'Signerat elektroniskt av: Karin Lund, Region Väst 2024-03-21 10:15:02',
      ),
    );
    expect(doc.signatures).toMatchObject({
      chair: ['Anna Andersson'],
      signedAt: [
        { name: 'Anna Andersson', at: '2024-03-20 09:05' },
        { name: 'Karin Lund', at: '2024-03-21 10:15:02' },
      ],
    });
  });
});
