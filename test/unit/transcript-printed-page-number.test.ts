// A web transcript numbers its pages, and where the document prints its own page number at the
// page's top the two numbers stand side by side before the page's text (`4 4 Ks 65 Dnr …`, `3 2 KS 305 …`
// after a cover page the document does not count). Both are page numbers, not part of a heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';
import { transcriptNumber } from '../../src/normalise/transcript-pages.js';

const MINUTES = [
  'Transkript',
  '',
  '1 1 (6) Plats och tid för sammanträdet Norrby kommunkontor, tisdag den 23 maj 2006, kl 13.00-16.00 Beslutande Sten Ros, s, ordförande Eva Ahl, s, vice ordförande Tage Berg, c Övriga deltagare Ulf Steck, kommunsekreterare Justeringens plats och tid Norrby kommunkontor, tisdag den 30 maj 2006 kl 15.00 Paragrafer 65-67 Underskrifter Sekreterare Ulf Steck Ordförande Sten Ros Justerande Tage Berg',
  '',
  '2 2',
  '',
  '3 3 Innehållsförteckning Sid. 65 Framtidsstrategi med treårsbudget 4 66 Översyn av ägardirektiv 5 67 Motionssvar om biobränslen 6',
  '',
  '4 4 Ks 65 Dnr 2006.101 Framtidsstrategi med treårsbudget Kommunchefen redovisar förslaget. Kommunstyrelsen beslutar att anta framtidsstrategin.',
  '',
  '5 5 Ks 66 Dnr 2006.88 Översyn av ägardirektiv Kommunstyrelsen beslutar att godkänna de reviderade ägardirektiven.',
  '',
  '6 6 Ks 67 Dnr 2005.230 Motionssvar om biobränslen Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.',
  '',
].join('\n');

describe('a transcript’s page number beside the number the document prints', () => {
  it('opens a page, and the heading after them is read', () => {
    const doc = meetingDoc(MINUTES);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [65, 'Framtidsstrategi med treårsbudget', '2006.101'],
      [66, 'Översyn av ägardirektiv', '2006.88'],
      [67, 'Motionssvar om biobränslen', '2005.230'],
    ]);
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Kommunstyrelsen beslutar att anta framtidsstrategin.']);
  });

  it('takes the printed number a little behind the transcript’s, after an uncounted cover page', () => {
    const shifted = MINUTES.replace('4 4 Ks 65', '4 3 Ks 65').replace('5 5 Ks 66', '5 4 Ks 66').replace('6 6 Ks 67', '6 5 Ks 67');
    expect(meetingDoc(shifted).items.map((i) => i.number)).toEqual([65, 66, 67]);
  });

  it('takes neither number where the text after them opens in lower case, or the printed one is far behind', () => {
    expect(transcriptNumber('4 3 Ks 65 Dnr 2006.101 Framtidsstrategi', 3)?.[0]).toBe('4 3 ');
    expect(transcriptNumber('4 4', 3)?.[0]).toBe('4 4');
    expect(transcriptNumber('4 3 ledamöter deltog i beslutet', 3)).toBeNull();
    expect(transcriptNumber('9 3 Ks 65 Dnr 2006.101', 8)).toBeNull();
  });
});

describe('the kind’s word atop the second page, after an untitled front page', () => {
  it('is the document’s title, not a document of its own', () => {
    const text = [
      'Transkript',
      '',
      '1 Plats och tid Stadshuset, klockan 13:00-15:10 Beslutande Eli Varg (S), ordförande Ture Sand (M) Utses att justera Ture Sand (M)',
      '',
      '2 2 SAMMANTRÄDESPROTOKOLL',
      '',
      '3 3 § 14 Val av justerare Nämnden utser Ture Sand (M) att justera protokollet. § 15 Delårsrapport Nämnden godkänner delårsrapporten.',
      '',
    ].join('\n');
    const docs = parseText(text).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['minutes', 'SAMMANTRÄDESPROTOKOLL']]);
    expect(docs[0]!.items.map((i) => i.number)).toEqual([14, 15]);
  });
});
