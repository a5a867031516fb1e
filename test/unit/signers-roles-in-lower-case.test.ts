// Signatures transcribed as a sentence of names, each role in lower case after its name
// (`Underskrifter Hanna Borg sekreterare Karin Ström ordförande.. Sara Lind justerare`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (signatures: string): string =>
  text(
    'Sammanträdesprotokoll',
    'Regionstyrelsens arbetsutskott',
    'Tid och plats Torsdagen den 9 mars 2017 kl 09.00-12.00 Regionhuset, Västvik',
    'Ledamöter Karin Ström (S) ordförande, Eva Nord (S), Sara Lind (V)',
    'Paragrafer 12-13',
    signatures,
    'Tid och plats för justering Regionens kansli 2017-03-14',
    '',
    '§ 12 Val av justerare',
    'Arbetsutskottet beslutar att utse Sara Lind (V) att jämte ordföranden justera dagens protokoll.',
    '',
    '§ 13 Information',
    'Informationen noteras.',
  );

describe('signers named before their roles', () => {
  it('gives each name the role written after it', () => {
    const doc = meetingDoc(minutes('Underskrifter Hanna Borg sekreterare Karin Ström ordförande.. Sara Lind justerare'));
    expect(doc.signatures).toMatchObject({ chair: ['Karin Ström'], secretary: ['Hanna Borg'], adjusters: ['Sara Lind'], adjustedOn: '2017-03-14' });
  });

  it('reads nobody from a sentence whose words after the names are no signers\' roles', () => {
    const doc = meetingDoc(minutes('Underskrifter Hanna Borg skriver Karin Ström läser'));
    // (the sentence names no signer; § 12's `Arbetsutskottet beslutar att utse Sara Lind (V) att jämte ordföranden
    // justera dagens protokoll` elects the adjuster)
    expect(doc.signatures).toMatchObject({ chair: [], secretary: [], adjusters: ['Sara Lind'] });
  });
});
