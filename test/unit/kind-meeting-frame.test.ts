// Documents whose heading names no kind, read by what they carry (detect/meeting-frame.ts):
// - a list of numbered points among which stand the points that frame every meeting (`Mötets öppnande`, `Fastställande av
//   dagordning`, `Övriga frågor`, `Avslutning av mötet`) is a meeting's agenda, under no head but the day or none at all;
// - the record of a held meeting that names who adjusts it (`Eva Ek väljs till justerare`, `Justeras:`) is its minutes, not
//   its notes.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kindAndItems = (t: string): [string, number][] => parseText(t).documents.map((d) => [d.kind, d.items.length]);

describe('a list of a meeting\'s points under no kind\'s word', () => {
  it('reads a committee page headed by the day alone as the agenda', () => {
    const page = text(
      '2021-04-13',
      '',
      '1. Justering av protokollet',
      '',
      '2. Fastställande av dagordningen',
      '',
      '3. Ny taxa för tillsyn av cisterner',
      '',
      '4. Yttrande över detaljplan för Norrvik 2:14',
      '',
      '5. Övriga frågor',
      '',
      '6. Delegeringsbeslut',
    );
    const doc = parseText(page).documents[0]!;
    expect(doc.kind).toBe('notice');
    expect(doc.meeting?.date).toBe('2021-04-13');
    expect(doc.items.map((i) => i.title)).toContain('Ny taxa för tillsyn av cisterner');
    expect(doc.items).toHaveLength(6);
  });

  it('reads an association\'s headless list, numbered `1 Title`, as the agenda', () => {
    const page = text(
      '1 Stämman öppnas',
      '2 Val av ordförande och sekreterare',
      '3 Val av två personer att justera protokollet',
      '4 Fastställande av föredragningslistan',
      '5 Styrelsens berättelse för året',
      '6 Val av styrelse',
      '7 Avslutning av mötet',
    );
    expect(kindAndItems(page)).toEqual([['notice', 7]]);
  });

  it('leaves a numbered list that frames no meeting as other', () => {
    const page = text(
      '1 Rensa rabatterna i april',
      '2 Så tomater inomhus',
      '3 Plantera ut efter frosten',
      '4 Skörda i augusti',
    );
    expect(kindAndItems(page)[0]![0]).toBe('other');
  });

  it('leaves a list with one standing point only as other', () => {
    const page = text('1 Mötets öppnande', '2 Så tomater inomhus', '3 Plantera ut efter frosten', '4 Skörda i augusti');
    expect(kindAndItems(page)[0]![0]).toBe('other');
  });
});

describe('a held meeting\'s record that names its adjusters', () => {
  // a club's board record: `Styrelsemöte DAY`, who was there, points whose bodies elect and decide
  const board = (election: string): string =>
    text(
      'Styrelsemöte 2022-10-03',
      '',
      'Närvarande: Ola Berg, Siv Dahl, Pia Lund',
      '',
      '1. Mötets öppnande',
      '   Ordföranden öppnade mötet.',
      '2. Val av justerare',
      `   ${election}`,
      '3. Medlemsavgift',
      '   Styrelsen beslutade att höja avgiften till 200 kr.',
      '4. Övriga frågor',
      '   Inga övriga frågor.',
    );

  it('reads the record whose point elects an adjuster as minutes', () => {
    expect(kindAndItems(board('Siv Dahl väljs till justerare.'))).toEqual([['minutes', 4]]);
  });

  it('reads another body\'s wording of the election (`Att justera protokollet valdes …`) as minutes', () => {
    expect(kindAndItems(board('Att justera protokollet valdes Pia Lund.'))[0]![0]).toBe('minutes');
  });

  // (round 58: a record whose points decide a matter is the minutes even where nobody is elected to adjust it)
  it('reads a record whose points elect nobody to adjust but decide a matter as minutes', () => {
    expect(kindAndItems(board('Frågan bordlades till nästa möte.'))[0]![0]).toBe('minutes');
  });

  // a society's record in another template: sub-points, the board choosing in the present, no presence heading
  it('reads a record whose sub-point has the board choose its adjuster as minutes', () => {
    const record = text(
      'Styrelsemöte 2020-09-14',
      '',
      ' 1. Mötets öppnande 19:05',
      ' 2. Val av mötesfunktionärer',
      '  Styrelsen väljer Kim Ek som ordförande.',
      '  Styrelsen väljer Lo Ahl som justerare.',
      ' 3. Lokalen',
      '  Styrelsen beslutar att byta lås.',
      ' 4. Mötets avslutande 20:10',
    );
    expect(kindAndItems(record)[0]![0]).toBe('minutes');
  });
});
