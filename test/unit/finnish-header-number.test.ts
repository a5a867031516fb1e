// The protocol's number where Swedish-language Finnish minutes print it in the running head of the
// front page, below a web transcript's own lines: after the kind's word and perhaps the organ's
// (`… SAMMANTRÄDESPROTOKOLL Nr 11/17`, `ÄRENDELISTA Tekniska nämnden 3/2016`), or opening the running head
// with the year cut off (`15/ Stadsstyrelsen …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const SITE_HEAD = ['onsdag den 4 maj 2016 kl 17:00 Kommungården Ledamöter:', '|', '|', '- Kalle Sten', '- för 7 år sedan', '- Visningar:', 'Transkript'];

describe('the protocol number further down the header', () => {
  it('reads `Nr 7/16` after the kind word that follows the town and the organ', () => {
    const doc = meetingDoc(
      [
        ...SITE_HEAD,
        '1 NORRVIKS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 7/16 Tid Plats',
        'Närvarande onsdag den 4 maj 2016 kl 17:00-19:00 Kommungården',
        'Ledamöter: Lund Anna, ordf. Berg Olle Holm Maria',
      ].join('\n'),
    );
    expect(doc.meeting?.number).toBe('7/16');
  });

  it('reads the number whose year a transcript cut off, before the organ', () => {
    const doc = meetingDoc(
      [
        'SAMMANTRÄDESPROTOKOLL KOKOUSPÖYTÄKIRJA',
        '',
        '1 12/ Tekniska nämnden TID - AIKA kl./klo 16:00-18:00 PLATS - PAIKKA Stadshuset, Fyrrummet',
        'NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Grönlund Mats ordförande Lindvik Sara medlem',
      ].join('\n'),
    );
    expect(doc.meeting?.number).toBe('12');
  });

  it('leaves a bare page number after the kind word alone', () => {
    const doc = meetingDoc(
      [
        ...SITE_HEAD,
        '1 NORRVIKS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL 2 Tid Plats',
        'Närvarande onsdag den 4 maj 2016 kl 17:00-19:00 Kommungården',
        'Ledamöter: Lund Anna, ordf. Berg Olle Holm Maria',
      ].join('\n'),
    );
    expect(doc.meeting?.number).toBeNull();
  });

  it('reads the number and the §§ of an Åland head row with its values flattened after it', () => {
    const doc = meetingDoc(
      [
        'Sammanträdesprotokoll',
        'Sammanträdesdatum Nr Paragrafer 14.3.2019 3 22-35',
        'Plats och tid Kommunkansliet i Bergö, kl. 18:00-20:10',
        'Beslutande Lisa Holm, ordförande Per Sjöblom, vice ordförande Anna Lind',
      ].join('\n'),
    );
    expect(doc.meeting?.number).toBe('3');
    expect(doc.meeting?.paragraphs).toEqual({ from: 22, to: 35 });
    expect(doc.meeting?.date).toBe('2019-03-14');
  });

  it('keeps the § a vice chair chaired under out of the §§ she attended', () => {
    const doc = meetingDoc(
      [
        'Sammanträdesprotokoll',
        'Sammanträdesdatum Nr Paragrafer 14.3.2019 3 22-35',
        'Plats och tid Kommunkansliet i Bergö, kl. 18:00-20:10',
        'Beslutande Lisa Holm, ordförande Eva Strand, vice ordförande, ordförande under 30 Anna Lind',
      ].join('\n'),
    );
    const strand = doc.participants.find((p) => p.name === 'Eva Strand');
    expect(strand?.paragraphs).toBeNull();
  });
});
