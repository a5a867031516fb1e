// Signatures of Swedish-language Finnish minutes, each role in lower case after its name, the signing place
// before the first name and no day (`Underskrifter Västvik Karin Ström ordförande Hanna Borg sekreterare …`):
// the place is no part of the chair's name; the label may read `Protokollet undertecknat`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (signatures: string): string =>
  text(
    'Sammanträdesprotokoll',
    'Kommunstyrelsen',
    'Tid och plats Torsdagen den 9 mars 2017 kl 09.00-12.00 Kommungården, Västvik',
    'Ledamöter Karin Ström (S) ordförande, Eva Nord (S), Sara Lind (V)',
    'Paragrafer 12-13',
    signatures,
    'Tid och plats för justering Kommungården 2017-03-14',
    '',
    '§ 12 Val av justerare',
    'Styrelsen beslutar att utse Sara Lind (V) att jämte ordföranden justera dagens protokoll.',
    '',
    '§ 13 Information',
    'Informationen noteras.',
  );

describe('signers named before their roles after the signing place', () => {
  it('leaves the place out of the first signer\'s name', () => {
    const doc = meetingDoc(minutes('Underskrifter Västvik Karin Ström ordförande Hanna Borg sekreterare Sara Lind protokolljusterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Karin Ström'], secretary: ['Hanna Borg'], adjusters: ['Sara Lind'] });
  });

  it('reads them after `Protokollet undertecknat`, the signatures\' label so worded', () => {
    const doc = meetingDoc(minutes('Protokollet undertecknat Västvik Karin Ström ordförande Hanna Borg sekreterare Sara Lind protokolljusterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Karin Ström'], secretary: ['Hanna Borg'], adjusters: ['Sara Lind'] });
  });

  it('keeps a first signer of three names', () => {
    const doc = meetingDoc(minutes('Underskrifter Karin Maria Ström ordförande Hanna Borg sekreterare Sara Lind protokolljusterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Karin Maria Ström'], secretary: ['Hanna Borg'] });
  });
});
