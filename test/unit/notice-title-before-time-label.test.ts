// `SAMMANTRÄDESKALLELSE Sammanträdestid Tisdagen kl. 17:00 Sammanträdesplats Kommunkansliet …`: the notice of an Åland
// kommun run on in one line, the meeting's time under its compound label (`Sammanträdestid`, `Mötestid`) right after
// the kind's word. The label and its value are the header's, no part of the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const notice = (label: string) =>
  parseText(
    `1 SAMMANTRÄDESKALLELSE ${label} Tisdagen kl. 17:00 Sammanträdesplats Kommunkansliet F Ö R E D R A G N I N G S L I S T A KS 74 Kallelse och beslutförhet KS 75 Godkännande av föredragningslistan KS 76 Val av protokolljusterare KS 77 Ärenden till kännedom`,
  ).documents[0]!;

describe('a notice titled before its time label', () => {
  it('ends the title at Sammanträdestid', () => {
    const doc = notice('Sammanträdestid');
    expect([doc.kind, doc.title, doc.meeting!.startTime]).toEqual(['notice', 'SAMMANTRÄDESKALLELSE', '17:00']);
  });

  it('and at Mötestid', () => {
    expect(notice('Mötestid').title).toBe('SAMMANTRÄDESKALLELSE');
  });
});
