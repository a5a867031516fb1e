// A web transcript, one line per PDF page, that lost its § signs: the numbers counting up
// through the declared range (`Paragrafer 12-14`) at heading positions are the items; the
// running header each page starts with is no part of a §.
import { describe, expect, it } from 'vitest';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';
import { meetingDoc } from './helpers.js';

const PAGE1 =
  '1 HEDBY KOMMUN Sammanträdesprotokoll 1 (3) Socialnämnden Sammanträdesdatum 2024-05-06 Plats och tid Rådhuset, Hedby, klockan 09:00-11:30 ' +
  'Beslutande Kim Ros (S), ordförande Pia Ny (M) Ulf Berg (C) Utses att justera Pia Ny (M) Justeringens plats och tid Rådhuset, 2024-05-08 ' +
  'Underskrifter Sekreterare Paragrafer 12-14 Lena Ekman Ordförande Kim Ros Justerande Pia Ny';
const PAGE2 =
  '2 HEDBY KOMMUN Sammanträdesprotokoll 2 (3) Socialnämnden Sammanträdesdatum 2024-05-06 12 Val av justerare Beslut Nämnden utser Pia Ny (M) att justera protokollet. ' +
  'SN 2024/17 13 Budgetuppföljning april Beslut Socialnämnden godkänner uppföljningen. Justerandes sign Utdragsbestyrkande';
const PAGE3 =
  '3 HEDBY KOMMUN Sammanträdesprotokoll 3 (3) Socialnämnden Sammanträdesdatum 2024-05-06 14 Meddelanden Beslut Meddelandena läggs till handlingarna. Justerandes sign Utdragsbestyrkande';
const TEXT = `${PAGE1}\n\n${PAGE2}\n\n${PAGE3}\n`;

describe('§ signs a transcript lost', () => {
  it('are put back before the numbers that count up through the declared range', () => {
    const out = restoreLostSigns(TEXT);
    expect(out).toContain('2024-05-06 § 12 Val av justerare');
    expect(out).toContain('SN 2024/17 § 13 Budgetuppföljning');
    expect(out).toContain('2024-05-06 § 14 Meddelanden');
    expect(out.split('\n')).toHaveLength(TEXT.split('\n').length);
  });

  it('are not put back when a number of the range is missing, or the text has its signs', () => {
    expect(restoreLostSigns(TEXT.replace('13 Budget', 'Budget'))).toBe(TEXT.replace('13 Budget', 'Budget'));
    const signed = TEXT.replace('14 Meddelanden', '§ 14 Meddelanden');
    expect(restoreLostSigns(signed)).toBe(signed);
  });

  it('gives the items, without the page headers in their bodies', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [12, 'Val av justerare'],
      [13, 'Budgetuppföljning april'],
      [14, 'Meddelanden'],
    ]);
    for (const it of doc.items) expect(it.decisions).toHaveLength(1);
    expect(doc.items.map((i) => i.text).join(' ')).not.toMatch(/HEDBY KOMMUN/u);
  });

  it('reads the secretary whose name runs on after the declared range (`Sekreterare Paragrafer 12-14 Lena Ekman`)', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.signatures?.secretary).toEqual(['Lena Ekman']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 12, to: 14 });
  });
});

describe('attended §§ written without the sign', () => {
  const front = (line: string): string =>
    `PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2024-05-06\n\nBeslutande\n${line}\nSigrid Vall (S), ordförande\n\n` +
    'Övriga deltagande\nOskar Alm, kanslichef 13\nMaja Berg, handläggare, från kl 13\n\nParagrafer 12-14\n\n' +
    '§ 12\n\nVal av justerare\nNämnden utser Sigrid Vall att justera.\n\n§ 13\n\nBudget\nNämnden godkänner budgeten.\n\n§ 14\n\nMeddelanden\nMeddelandena läggs till handlingarna.\n';

  it('takes a bare number or range inside the declared range for the §§ attended', () => {
    const doc = meetingDoc(front('Nils Kask (KD) ersätter Ebba Holm (KD) 12-13'));
    const by = (n: string) => doc.participants.find((p) => p.name === n);
    expect(by('Nils Kask')?.paragraphs).toEqual({ from: 12, to: 13 });
    expect(by('Oskar Alm')?.paragraphs).toEqual({ from: 13, to: 13 });
    expect(by('Oskar Alm')?.position).toBe('kanslichef');
  });

  it('leaves numbers outside the range, and times, alone', () => {
    const doc = meetingDoc(front('Nils Kask (KD) ersätter Ebba Holm (KD) 15-18'));
    expect(doc.participants.find((p) => p.name === 'Nils Kask')?.paragraphs).toBeNull();
    expect(doc.participants.find((p) => p.name === 'Maja Berg')?.paragraphs).toBeNull();
  });
});

describe('§ signs a transcript lost, where the front page declares no range', () => {
  const page = (n: number, rest: string): string => `${n} Sammanträdesprotokoll Sida ${n} (9) ${rest}`;
  const TEXT2 = [
    page(1, 'Plats och tid Rådhuset, Hedby, klockan 09:00-11:30 Beslutande Kim Ros (S), ordförande Pia Ny (M) Utses att justera Pia Ny (M) Paragrafer Nr'),
    page(2, '41 Ändring av dagordningen Ärendebeskrivning Ordföranden föreslår att ärende 4 utgår. Beslut Nämnden beslutar enligt förslaget.'),
    page(3, '42 Ekonomirapport maj Ärendebeskrivning Ekonomen redogör för utfallet. Beslut Nämnden lägger rapporten till handlingarna.'),
    page(4, '43 Delegeringsbeslut Beslut Nämnden lägger redovisningen till handlingarna.'),
  ].join('\n\n');

  it('are put back before a run of three numbers or more counting up one by one after the page counters', () => {
    const out = restoreLostSigns(TEXT2);
    expect(out).toContain('(9) § 41 Ändring av dagordningen');
    expect(out).toContain('(9) § 43 Delegeringsbeslut');
    expect(meetingDoc(TEXT2).items.map((i) => [i.number, i.title])).toEqual([
      [41, 'Ändring av dagordningen'],
      [42, 'Ekonomirapport maj'],
      [43, 'Delegeringsbeslut'],
    ]);
  });

  it('are not put back for two numbers in a row, which may be chance', () => {
    const two = TEXT2.replace('43 Delegeringsbeslut', 'Delegeringsbeslut');
    expect(restoreLostSigns(two)).toBe(two);
  });
});

describe('§ signs lost right after a transcript page number', () => {
  const TEXT3 = [
    '1 Plats och tid Rådhuset, klockan 09:00-11:30 Beslutande Kim Ros (S), ordförande Pia Ny (M) Utses att justera Pia Ny (M)',
    '2 2 SAMMANTRÄDESPROTOKOLL',
    '3 71 Val av justerare Nämnden utser Pia Ny (M) att justera protokollet. 72 Budgetuppföljning Nämnden godkänner uppföljningen.',
    '4 73 Meddelanden Meddelandena läggs till handlingarna.',
  ].join('\n\n');

  it('are put back after the page number, not before the page number printed again', () => {
    const out = restoreLostSigns(TEXT3);
    expect(out).toContain('3 § 71 Val av justerare');
    expect(out).toContain('4 § 73 Meddelanden');
    expect(out).toContain('2 2 SAMMANTRÄDESPROTOKOLL');
    expect(meetingDoc(TEXT3).items.map((i) => [i.number, i.title])).toEqual([
      [71, 'Val av justerare'],
      [72, 'Budgetuppföljning'],
      [73, 'Meddelanden'],
    ]);
  });
});

describe('§ signs lost where the first heading runs on after the list above it', () => {
  // a förbund's transcript: the first point follows the last name of `Övriga närvarande` with no sentence's end between
  const TEXT4 = [
    '1 Protokoll Styrelsemöte Samordningsförbundet Ekdal Datum: 2021-04-15 Tid: 13.00-15.30 Plats: Kansliet, Ekby Närvarande ledamöter: Rut Ask, ordförande, Ekby kommun Ola Bo, Försäkringskassan ' +
      'Övriga närvarande: Tina Lo, förbundschef 1 Mötets öppnande Ordförande öppnade mötet. 2 Val av justerare Beslut: Styrelsen beslutar att utse Ola Bo att justera protokollet.',
    '2 3 Budget 2022 Tina Lo redogjorde för budgeten. Beslut: Styrelsen beslutar att godkänna budgeten. 4 Mötets avslutande Ordförande avslutade mötet.',
  ].join('\n\n');

  it('are put back before that first number too, as the number before the run', () => {
    const out = restoreLostSigns(TEXT4);
    expect(out).toContain('förbundschef § 1 Mötets öppnande');
    expect(out).toContain('mötet. § 2 Val av justerare');
    const doc = meetingDoc(TEXT4);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Budget 2022'],
      [4, 'Mötets avslutande'],
    ]);
    expect(doc.participants.map((p) => [p.name, p.position])).toContainEqual(['Tina Lo', 'förbundschef']);
  });

  it('are put back so before the first numbers of a declared range too', () => {
    const declared = TEXT4.replace('Plats: Kansliet, Ekby', 'Plats: Kansliet, Ekby Paragrafer 1-4');
    expect(restoreLostSigns(declared)).toContain('förbundschef § 1 Mötets öppnande');
    expect(meetingDoc(declared).items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('are not put back before a number that only happens to stand after a word', () => {
    const noRun = TEXT4.replace('2 Val av justerare', 'Val av justerare').replace('2 3 Budget', '2 Budget').replace('4 Mötets', 'Mötets');
    expect(restoreLostSigns(noRun)).toBe(noRun);
  });
});
