// Entries of a front page's lists as web transcripts print them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...lists: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2022-05-10', '', ...lists, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('a compound position that lost its hyphen and space before `och`', () => {
  it('is one position before its name (`kultur- och fritidsstrateg` written `kulturoch fritidsstrateg`)', () => {
    const doc = minutes('Beslutande Ola Berg (S), Eva Lund (M)', 'Tjänstemän kommundirektör Pia Hed, ekonom Lars Nord 12, kulturoch fritidsstrateg Maja Ek 13, nämndsekreterare Tor Sand');
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Pia Hed', 'kommundirektör'],
      ['Lars Nord', 'ekonom'],
      ['Maja Ek', 'kultur- och fritidsstrateg'],
      ['Tor Sand', 'nämndsekreterare'],
    ]);
  });
});

describe('a company after a person’s position', () => {
  it('is the organisation of the person before it, not a person (`Per Lind, VD Norrby Energi AB`)', () => {
    const doc = minutes('Beslutande Ola Berg (S), Eva Lund (M)', 'Övriga deltagande Eva Ek, sekreterare Olle Dal, kommunchef Per Lind, VD Norrby Energi AB 12 Tor Sand, VD Västby Hamn AB 12 Maja Ek, ekonomichef');
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation])).toEqual([
      ['Eva Ek', 'sekreterare', null],
      ['Olle Dal', 'kommunchef', null],
      ['Per Lind', 'VD', 'Norrby Energi AB'],
      ['Tor Sand', 'VD', 'Västby Hamn AB'],
      ['Maja Ek', 'ekonomichef', null],
    ]);
  });

  it('alone on its line after the name', () => {
    const doc = minutes('Beslutande Ola Berg (S), Eva Lund (M)', 'Övriga deltagande', 'Per Lind, VD Norrby Energi AB', 'Maja Ek, ekonomichef');
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.organisation])).toEqual([
      ['Per Lind', 'Norrby Energi AB'],
      ['Maja Ek', null],
    ]);
  });
});

describe('a name whose accent a converter wrote after its letter (`Jovic´`)', () => {
  it('keeps its place in a list of `Name, party, position` lines', () => {
    const doc = minutes('Beslutande Ledamöter', 'Anna Ek, M, Ordförande', 'Bo Lind, C, 1:e vice ordförande', 'Eva Holm, SD', 'Dragan Jovic´, MP', 'Fia Lund, C');
    expect(doc.participants.map((p) => [p.name, p.party, p.position])).toEqual([
      ['Anna Ek', 'M', 'ordförande'],
      ['Bo Lind', 'C', '1:e vice ordförande'],
      ['Eva Holm', 'SD', null],
      ['Dragan Jović', 'MP', null],
      ['Fia Lund', 'C', null],
    ]);
  });

  it('leaves the acute an apostrophe stands in for (`Lasse´s`)', async () => {
    const { normalise } = await import('../../src/normalise/normalise.js');
    expect(normalise('Lasse´s bil och Savic´ kom').lines[0]!.text).toBe('Lasse´s bil och Savić kom');
  });
});

describe('a label glued to the last word of the list before it (`sekrUtses att justera`)', () => {
  it('ends the list and takes its value', () => {
    const doc = minutes('Beslutande Se närvarolista', '', 'Övriga deltagande Lena Berg, skolchef', 'Maria Dal, sekrUtses att justera Per Lind (s)', '', 'Justeringens plats och tid Kansliet 2021-03-04');
    expect(doc.participants.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Lena Berg', 'skolchef', null],
      ['Maria Dal', 'sekreterare', null],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Per Lind']);
  });

  it('leaves a capital inside a name as it is (`Ola McKay, rektor`)', () => {
    const doc = minutes('Beslutande Ola Berg (S), Eva Lund (M)', '', 'Övriga deltagande Ola McKay, rektor', 'Per Lind, sekreterare');
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Ola McKay', 'rektor'],
      ['Per Lind', 'sekreterare'],
    ]);
  });
});

describe('the § number after a position (`ekonom 71`, its sign lost)', () => {
  it('is the person’s note, no part of the position', () => {
    const doc = minutes('Beslutande Ola Berg (S), Eva Lund (M)', 'Övriga närvarande Tor Sand, avdelningschef Maja Ek, ekonom 71 Lars Nord, revisor 15', 'Per Lind, rektor 6-9, 20');
    // (no range declared nor held by the items: a note of numbers alone is the §§ attended; a list begun on the position stays as written)
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note, p.paragraphs])).toEqual([
      ['Tor Sand', 'avdelningschef', null, null],
      ['Maja Ek', 'ekonom', null, { from: 71, to: 71 }],
      ['Lars Nord', 'revisor', null, { from: 15, to: 15 }],
      ['Per Lind', 'rektor 6-9', '20', null],
    ]);
  });
});

describe('the signature table flattened after the adjusters’ names (`… sekreterare ordförande justerare justerare`)', () => {
  it('gives each name the role word in its place', () => {
    const doc = meetingDoc(
      text(
        'VÄSTBY KOMMUN KOMMUNFULLMÄKTIGE Datum: Tisdagen den 9 mars 2021 Tid: Kl. 18:00-20:00 Plats: Ledamöter: Folkets hus Se bilaga Övriga: Lisa Berg, kommunsekreterare Justeringsdag: Paragrafer: 1-12 Justerare: Eva Ek (fp) och Per Ås (s) Lisa Berg Olle Dal Eva Ek (fp) Per Ås (s) sekreterare ordförande justerare justerare BEVIS Justeringen har tillkännagivits via anslag',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect([doc.signatures?.secretary, doc.signatures?.chair, doc.signatures?.adjusters]).toEqual([['Lisa Berg'], ['Olle Dal'], ['Eva Ek', 'Per Ås']]);
  });
});

describe('a name of three words whose given name the lexicon lacks (`Calin Mc Quillan (M)`)', () => {
  it('is one person in a list run on without separators', () => {
    const doc = minutes('Beslutande ledamöter Ola Berg (S) Eva Lund (M) Tor Sand (M) Calin Mc Quillan (M) Erik Dal (C) Pia Hed (L)');
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Ola Berg', 'S', null],
      ['Eva Lund', 'M', null],
      ['Tor Sand', 'M', null],
      ['Calin Mc Quillan', 'M', null],
      ['Erik Dal', 'C', null],
      ['Pia Hed', 'L', null],
    ]);
  });

  it('is one person between commas', () => {
    const doc = minutes('Beslutande Ola Berg (S), Calin Mc Quillan (M), Erik Dal (C)');
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Ola Berg', 'S'],
      ['Calin Mc Quillan', 'M'],
      ['Erik Dal', 'C'],
    ]);
  });
});

describe('the place-and-time and list labels in a row over one text, its hour lost after `kl`', () => {
  it('gives the names after `kl` to the list', () => {
    const doc = meetingDoc(
      text(
        '1 1(7) Organ Tid och plats för sammanträdet Beslutande Rådhuset, Västby den 9 mars 2021 kl Ola Berg Eva Lund Tor Sand Pia Hed Övriga deltagare Maja Ek Lars Nord Utses att justera Eva Lund Justeringens plats Rådhuset den 9 mars 2021 och tid Sekreterare Paragrafer Lars Nord Ordförande Ola Berg Justerande Eva Lund',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.meeting?.date).toBe('2021-03-09');
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ola Berg', 'member'],
      ['Eva Lund', 'member'],
      ['Tor Sand', 'member'],
      ['Pia Hed', 'member'],
      ['Maja Ek', 'other'],
      ['Lars Nord', 'other'],
    ]);
  });
});
