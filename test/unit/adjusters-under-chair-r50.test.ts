// A signing grid whose `Justerande` label a sharing site's transcript lost (one long line per PDF page): the
// adjusters' names stand after the chair's under `Ordförande`, with no label of their own (seen at one town's
// board, council committees and election board, five pages). The adjuster was read as a second chair, and
// after a place's value that ends on a comma the secretary's label was no label at all. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (signing: string) =>
  meetingDoc(
    text(
      'Transkript',
      '',
      `1 Kulturnämnden Sammanträdesdatum Sid 1 (12) Plats och tid Ekbacksgården, kl Paragraf Närvarande Se sidan 2 ${signing} Anslag/Bevis Protokollet är justerat. Justeringen har offentliggjorts genom anslag. Organ Sammanträdesdatum Anslag sätts upp Anslag tas ned Förvaringsplats för protokollet Kulturförvaltningen Underskrift`,
      '',
      '2 Kulturnämnden Sid 2 (12) 14 Fastställande av föredragningslista Kulturnämnden beslutar att fastställa föredragningslistan.',
    ),
  );

const roles = (signing: string) => {
  const s = page(signing).signatures;
  return [s?.chair, s?.secretary, s?.adjusters];
};

describe('a signing grid whose adjusters stand unlabelled after the chair', () => {
  it('`Sekreterare A Ordförande B (S) C (M)`: B chairs, C adjusts', () => {
    expect(roles('Justeringens plats och tid Kulturförvaltningen den 12 mars 2015 Sekreterare Tove Lind Ordförande Arvid Sten (S) Greta Holm (M)')).toEqual([
      ['Arvid Sten'],
      ['Tove Lind'],
      ['Greta Holm'],
    ]);
  });

  it('two adjusters after the chair', () => {
    expect(roles('Justeringens plats och tid Kulturförvaltningen den 12 mars 2015 Paragrafer Sekreterare Tove Lind Ordförande Arvid Sten (S) Greta Holm (M) Olle Dahl (C)')).toEqual([
      ['Arvid Sten'],
      ['Tove Lind'],
      ['Greta Holm', 'Olle Dahl'],
    ]);
  });

  it('the adjusting place a small word before its comma, `Gamla tullhuset, Sekreterare …`: the secretary\'s label still a label', () => {
    expect(roles('Justeringens plats och tid Gamla tullhuset, Sekreterare Tove Lind Ordförande Arvid Sten (S) Greta Holm (M)')).toEqual([
      ['Arvid Sten'],
      ['Tove Lind'],
      ['Greta Holm'],
    ]);
  });

  it('keeps two chairs who each chaired some §§ (`Ordförande Arvid Sten 14-18, Greta Holm 19`)', () => {
    const s = page('Justeringens plats och tid Kulturförvaltningen den 12 mars 2015 Sekreterare Tove Lind Ordförande Arvid Sten 14-18, Greta Holm 19 Justerande Greta Holm 14-18, Olle Dahl 19').signatures;
    expect(s?.adjusters).not.toEqual(['Greta Holm 19']);
    expect(s?.chair).not.toEqual(['Arvid Sten']);
  });

  it('reads a row with its `Justerande` label as before', () => {
    expect(roles('Justeringens plats och tid Kulturförvaltningen den 12 mars 2015 Sekreterare Tove Lind Ordförande Arvid Sten (S) Justerande Greta Holm (M)')).toEqual([
      ['Arvid Sten'],
      ['Tove Lind'],
      ['Greta Holm'],
    ]);
  });
});
