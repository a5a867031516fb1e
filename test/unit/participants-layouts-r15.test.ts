// Participant lists in layouts of many bodies' templates, each with invented names, places and content.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const brief = (doc: ReturnType<typeof meetingDoc>) => doc.participants.map((p) => [p.name, p.role, p.party, p.organisation, p.position, p.note]);

describe('`Name, (party), Place` under a wrapped heading, the given names unknown to the lexicon', () => {
  const TEXT = [
    'PROTOKOLL',
    '',
    'Beslutande             Okke Sand, (s), Ahlby',
    'kommunrepresentanter   Wiremu Tane, (v), Bergsjö',
    '',
    '§ 1 Val av justerare',
    'Beslut',
    'Wiremu Tane utses att justera protokollet.',
  ].join('\n');
  it('reads each as a member with party and place, under the whole heading', () => {
    const doc = meetingDoc(TEXT);
    expect(brief(doc)).toEqual([
      ['Okke Sand', 'member', 'S', 'Ahlby', null, null],
      ['Wiremu Tane', 'member', 'V', 'Bergsjö', null, null],
    ]);
    expect(doc.participants.map((p) => p.roleLabel)).toEqual(['Beslutande kommunrepresentanter', 'Beslutande kommunrepresentanter']);
  });
  it('reads them on a page run on in one line, with the deputies among them', () => {
    const line = [
      'Plats Förbundets lokaler, Storgatan 4, Norrby Beslutande kommunrepresentanter Okke Sand, (s), Ahlby',
      'Wiremu Tane, (c), Bergsjö, Tjänstgörande ersättare Beslutande partirepresentanter Yrsa Holm, (mp), Norrby',
      'Övriga deltagare Siri Falk, kansliet, direktör',
    ].join(' ');
    expect(brief(meetingDoc(['SAMMANTRÄDESPROTOKOLL', '', line, '', '§ 40 Val av justerare', 'Ordföranden öppnar mötet.'].join('\n')))).toEqual([
      ['Okke Sand', 'member', 'S', 'Ahlby', null, null],
      ['Wiremu Tane', 'deputy', 'C', 'Bergsjö', null, null],
      ['Yrsa Holm', 'member', 'MP', 'Norrby', null, null],
      ['Siri Falk', 'other', null, 'kansliet', 'direktör', null],
    ]);
  });
});

describe('a deputy serving for a member of three names, on a list run on in one line', () => {
  const TEXT = [
    'SAMMANTRÄDESPROTOKOLL',
    'Socialnämnden',
    '',
    'Beslutande Okke Sand (C), ordförande Wiremu Tane (MP) ersättare för Sara Stenlid Tellebo (L) Lisa Dahl (M) Regina Holm (KD) ersätter Karin Frid Holm (M)',
    '',
    '§ 50 Val av justerare',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('keeps the whole name the deputy serves for, and no person made of its surnames', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.party, p.substituteFor])).toEqual([
      ['Okke Sand', 'member', 'C', null],
      ['Wiremu Tane', 'deputy', 'MP', 'Sara Stenlid Tellebo'],
      ['Lisa Dahl', 'member', 'M', null],
      ['Regina Holm', 'deputy', 'KD', 'Karin Frid Holm'],
    ]);
  });
});

describe('`Name, organisation, position` entries run on in one line, a given name unknown to the lexicon', () => {
  const TEXT = [
    'PROTOKOLL',
    '',
    'Styrelsemöte Samordningsförbundet Östby Datum: 2024-03-15 Närvarande: Ordinarie ledamöter Okke Sand, Östby kommun, ordförande Wiremu Tane, Region Mellanland, vice ordförande Lisa Dahl, Försäkringskassan Per Ås, Arbetsförmedlingen',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('gives each position and organisation to the name before it', () => {
    expect(brief(meetingDoc(TEXT))).toEqual([
      ['Okke Sand', 'member', null, 'Östby kommun', 'ordförande', null],
      ['Wiremu Tane', 'member', null, 'Region Mellanland', 'vice ordförande', null],
      ['Lisa Dahl', 'member', null, 'Försäkringskassan', null, null],
      ['Per Ås', 'member', null, 'Arbetsförmedlingen', null, null],
    ]);
  });
});

describe("notes' lists of who came, by organisation, with the förbund's own staff under a heading of their own", () => {
  const TEXT = [
    'MINNESANTECKNINGAR',
    'Beredningsgruppen, Samordningsförbundet Norrdal',
    '2024-02-09 kl 09.00-11.00, Teams',
    '',
    'Närvarande:',
    'Okke Sand, Norrby kommun',
    'Yrsa Holm, Region Mellanland',
    'Lisa Dahl, Försäkringskassan',
    '',
    'Från förbundet:',
    'Maja Ek, förbundschef',
    'Siri Falk, processledare',
    '',
    'Adjungerade:',
    'Ola Strand, IFO Norrby, punkt 3',
    'Tuva Lind, AF Kristianstad',
    '',
    '1. Mötets öppnande',
    'Maja hälsar välkommen.',
  ].join('\n');
  it('reads every name of the list, whatever its given name, beside a `Region …`', () => {
    expect(meetingDoc(TEXT).participants.filter((p) => p.roleLabel === 'Närvarande').map((p) => [p.name, p.organisation])).toEqual([
      ['Okke Sand', 'Norrby kommun'],
      ['Yrsa Holm', 'Region Mellanland'],
      ['Lisa Dahl', 'Försäkringskassan'],
    ]);
  });
  it('reads `Från förbundet` as a heading of others, not an organisation', () => {
    expect(meetingDoc(TEXT).participants.filter((p) => p.name === 'Maja Ek' || p.name === 'Siri Falk').map((p) => [p.name, p.role, p.roleLabel, p.organisation, p.position])).toEqual([
      ['Maja Ek', 'other', 'Från förbundet', null, 'förbundschef'],
      ['Siri Falk', 'other', 'Från förbundet', null, 'processledare'],
    ]);
  });
  it("reads a unit's or an agency's letters before a place as the organisation, not a person", () => {
    expect(meetingDoc(TEXT).participants.filter((p) => p.roleLabel === 'Adjungerade').map((p) => [p.name, p.organisation, p.paragraphs])).toEqual([
      ['Ola Strand', 'IFO Norrby', { from: 3, to: 3 }],
      ['Tuva Lind', 'AF Kristianstad', null],
    ]);
  });
});

describe("a list whose party or organisation column follows each name after one space (the column gap lost)", () => {
  const TEXT = [
    'PROTOKOLL',
    'Styrelsen för Samordningsförbundet Sydby',
    'Sammanträdesdatum: 2023-10-27',
    '',
    'Ledamöter:',
    'Okke Sand S ordförande',
    'Yrsa Holm M vice ordförande',
    'Lisa Dahl Försäkringskassan',
    'Per Ås Arbetsförmedlingen',
    '',
    'Ersättare:',
    'Nils Berg C',
    'Eva Lund V §§ 3-8',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('reads every name, with its party or organisation apart', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.party, p.organisation, p.position, p.paragraphs])).toEqual([
      ['Okke Sand', 'member', 'S', null, 'ordförande', null],
      ['Yrsa Holm', 'member', 'M', null, 'vice ordförande', null],
      ['Lisa Dahl', 'member', null, 'Försäkringskassan', null, null],
      ['Per Ås', 'member', null, 'Arbetsförmedlingen', null, null],
      ['Nils Berg', 'deputy', 'C', null, null, null],
      ['Eva Lund', 'deputy', 'V', null, null, { from: 3, to: 8 }],
    ]);
  });
});

describe('the vice chair\'s ordinal written `1:a` or `1-e`', () => {
  const TEXT = [
    'PROTOKOLL',
    'Direktionen',
    '',
    'Beslutande Okke Sand (S) ordförande Yrsa Holm (M) 1-e vice ordförande Lisa Dahl (M), 2:a vice ordf. Per Ås (S)',
    '',
    '§ 1 Val av justerare',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('is part of the position, not a note', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Okke Sand', 'ordförande', null],
      ['Yrsa Holm', '1-e vice ordförande', null],
      ['Lisa Dahl', '2:a vice ordförande', null],
      ['Per Ås', null, null],
    ]);
  });
});

describe('a block of labels, then their values run on in one line, each party after a bare comma', () => {
  const TEXT = [
    'SAMMANTRÄDESPROTOKOLL',
    'Sammanträdesdatum 2006-05-23',
    '',
    'Plats och tid för sammanträdet Beslutande Övriga deltagare Kommunkontoret, rum Klocken, kl 13.00 Okke Sand, s, ordförande Yrsa Holm, s, vice ordförande Inga Berg, c Maja Ek, kommunchef',
    '',
    '§ 65 Framtidsstrategi',
    'Informationen noteras.',
  ].join('\n');
  it('leaves the place its own and reads the first members, whatever their given names', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.meeting?.location).toBe('Kommunkontoret, rum Klocken');
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Okke Sand', 'member', 'S', 'ordförande'],
      ['Yrsa Holm', 'member', 'S', 'vice ordförande'],
      ['Inga Berg', 'member', 'C', null],
      ['Maja Ek', 'other', null, 'kommunchef'],
    ]);
  });
});

describe('a participant table: surname first, then party, municipality and a column of attendance', () => {
  const TEXT = [
    'PROTOKOLL',
    'Förbundsstyrelsen',
    '2024-05-20',
    '',
    'Ledamöter                 Parti   Kommun          Närvaro',
    'Sand, Okke                S       Östby           Ja',
    'Berg, Anna                M       Västby          Ja',
    'Ås, Per                   C       Sörby           Nej',
    'Ersättare',
    'Dahl, Lisa                S       Östby           Ja',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('reads every row, the first whatever its given name, and who stayed away', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.party, p.organisation])).toEqual([
      ['Sand Okke', 'member', 'S', 'Östby'],
      ['Berg Anna', 'member', 'M', 'Västby'],
      ['Ås Per', 'absent', 'C', 'Sörby'],
      ['Dahl Lisa', 'deputy', 'S', 'Östby'],
    ]);
  });
});

describe('headings of notes and minutes written otherwise: `Förbundet:`, `Anmäld frånvaro:`', () => {
  const TEXT = [
    'Protokoll',
    'Styrelsemöte Samordningsförbundet Västdal',
    'Datum: 2024-04-18',
    '',
    'Ordinarie ledamöter:',
    'Okke Sand (C), ordförande, Norrby kommun',
    'Per Ås, Försäkringskassan, vice ordförande',
    'Förbundet:',
    'Maja Ek, förbundschef',
    'Anmäld frånvaro:',
    'Karin Holm, Arbetsförmedlingen',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it("heads the förbund's staff and the absent, not an organisation nor the list before", () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.roleLabel, p.organisation])).toEqual([
      ['Okke Sand', 'member', 'Ordinarie ledamöter', 'Norrby kommun'],
      ['Per Ås', 'member', 'Ordinarie ledamöter', 'Försäkringskassan'],
      ['Maja Ek', 'other', 'Förbundet', null],
      ['Karin Holm', 'absent', 'Anmäld frånvaro', 'Arbetsförmedlingen'],
    ]);
  });
});

describe('one list of all who were there, its deputy named by the member she serves for', () => {
  const TEXT = [
    'PROTOKOLL',
    'Styrelsen',
    '',
    'Närvarande: Okke Sand (ordförande), Anna Berg (vice ordförande), Lisa Dahl (tjänstgörande ersättare för Karin Holm), Maja Ek (förbundschef)',
    'Frånvarande: Karin Holm',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('reads her as a deputy', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.substituteFor])).toEqual([
      ['Okke Sand', 'member', null],
      ['Anna Berg', 'member', null],
      ['Lisa Dahl', 'deputy', 'Karin Holm'],
      ['Maja Ek', 'other', null],
      ['Karin Holm', 'absent', null],
    ]);
  });
});

describe('a list that closes with `samt` and the secretary, her position before her name', () => {
  const TEXT = [
    'PROTOKOLL',
    'Arbetsutskottet',
    '',
    'Närvarande: Okke Sand (S) ordf, Anna Berg (M), Per Ås (C) ers. för Karin Holm (C) samt sekreterare Maja Ek',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('gives the position to her, not to the member before', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.position, p.substituteFor, p.note])).toEqual([
      ['Okke Sand', 'member', 'ordförande', null, null],
      ['Anna Berg', 'member', null, null, null],
      ['Per Ås', 'deputy', null, 'Karin Holm', null],
      ['Maja Ek', 'other', 'sekreterare', null, null],
    ]);
  });
});

describe('two lists side by side under `Ledamöter` and `Ersättare` on one line (pdftotext -layout)', () => {
  const TEXT = [
    'PROTOKOLL',
    'Styrelsen',
    '',
    'Ledamöter                                Ersättare',
    'Okke Sand (S), ordförande                Lisa Dahl (S)',
    'Anna Berg (M), vice ordförande           Eva Lund (M), tjänstgör för Per Ås',
    'Karin Holm (C)',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it('reads the right column as the deputies, not as members', () => {
    expect(meetingDoc(TEXT).participants.map((p) => [p.name, p.role, p.roleLabel, p.substituteFor])).toEqual([
      ['Okke Sand', 'member', 'Ledamöter', null],
      ['Anna Berg', 'member', 'Ledamöter', null],
      ['Karin Holm', 'member', 'Ledamöter', null],
      ['Lisa Dahl', 'deputy', 'Ersättare', null],
      ['Eva Lund', 'deputy', 'Ersättare', 'Per Ås'],
    ]);
  });
});

describe("a name with a middle name's initial (`Karin B. Holm`)", () => {
  it('is read whole, on a line of its own and in a list run on', () => {
    const lines = meetingDoc(['PROTOKOLL', 'Styrelsen', '', 'Beslutande', 'Okke Sand (M), ordförande', 'Karin B. Holm (L)', 'Anna-Karin B. Holm, sekreterare', 'Per Ås (C)', '', '§ 1 Mötets öppnande', 'Text.'].join('\n'));
    expect(lines.participants.map((p) => [p.name, p.party, p.position])).toEqual([
      ['Okke Sand', 'M', 'ordförande'],
      ['Karin B. Holm', 'L', null],
      ['Anna-Karin B. Holm', null, 'sekreterare'],
      ['Per Ås', 'C', null],
    ]);
    const runOn = meetingDoc(['PROTOKOLL', 'Styrelsen', '', 'Beslutande: Per-Erik Ås (C), Karin B. Holm (L), Lisa Dahl (KD)', '', '§ 1 Mötets öppnande', 'Text.'].join('\n'));
    expect(runOn.participants.map((p) => [p.name, p.party, p.organisation, p.note])).toEqual([
      ['Per-Erik Ås', 'C', null, null],
      ['Karin B. Holm', 'L', null, null],
      ['Lisa Dahl', 'KD', null, null],
    ]);
  });
});

describe('a table of name, organisation and a capitalised position, the first given name unknown to the lexicon', () => {
  const TEXT = [
    'PROTOKOLL',
    'Styrelsen',
    '',
    'Närvarande ledamöter',
    'Okke Sand              Norrby kommun              Ordförande',
    'Anna Berg              Region Mellanland          Vice ordförande',
    '',
    'Övriga',
    'Maja Ek                Försäkringskassan          Samordnare',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  it("reads the rows as the members, and the position cell `Ordförande` as no signer's label", () => {
    const doc = meetingDoc(TEXT);
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation, p.position])).toEqual([
      ['Okke Sand', 'member', 'Norrby kommun', 'ordförande'],
      ['Anna Berg', 'member', 'Region Mellanland', 'vice ordförande'],
      ['Maja Ek', 'other', 'Försäkringskassan', 'samordnare'],
    ]);
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
