// Participants (issue 3): one line split into name, organisation, party, position,
// attended §§, substitution and note whatever the order; role headings mapped to roles;
// whole participant lists read from synthetic minutes.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine, type ParticipantFields } from '../../src/parse/participants/line.js';
import { findParticipantGroups, heading, roleOfHeading } from '../../src/segment/participants.js';
import { lineOf, linesOf, meetingDoc, minutes, text } from './helpers.js';

const none: ParticipantFields = {
  name: '',
  organisation: null,
  party: null,
  position: null,
  paragraphs: null,
  substituteFor: null,
  note: null,
};
const p = (fields: Partial<ParticipantFields>): ParticipantFields => ({ ...none, ...fields });

describe('parseParticipantLine: the shapes of the seeds', () => {
  it.each<[string, ParticipantFields]>([
    ['Håkan Linnarsson (S), Västra Götalandsregionen', p({ name: 'Håkan Linnarsson', party: 'S', organisation: 'Västra Götalandsregionen' })],
    ['Arbetsförmedlingen, Leif Johansson', p({ name: 'Leif Johansson', organisation: 'Arbetsförmedlingen' })],
    ['Marks kommun Anders Lindal (M),', p({ name: 'Anders Lindal', organisation: 'Marks kommun', party: 'M' })],
    ['Västra Götalandsregionen, Cecilia Andersson (C)', p({ name: 'Cecilia Andersson', organisation: 'Västra Götalandsregionen', party: 'C' })],
    ['Ulricehamns kommun Gulli Håkanson (L)', p({ name: 'Gulli Håkanson', organisation: 'Ulricehamns kommun', party: 'L' })],
    [
      'Ulla-Karin Cannervik, Arbetsförmedlingen, ordförande',
      p({ name: 'Ulla-Karin Cannervik', organisation: 'Arbetsförmedlingen', position: 'ordförande' }),
    ],
    ['Anna Dalström, Götene kommun, vice ordförande', p({ name: 'Anna Dalström', organisation: 'Götene kommun', position: 'vice ordförande' })],
    ['Malin Jalonen Nilsson, Försäkringskassan', p({ name: 'Malin Jalonen Nilsson', organisation: 'Försäkringskassan' })],
    ['Jonas Erlandsson, ordf.', p({ name: 'Jonas Erlandsson', position: 'ordförande' })],
    ['Kristina Eimar', p({ name: 'Kristina Eimar' })],
    ['Peter Vigren      Umeå kommun, ordförande', p({ name: 'Peter Vigren', organisation: 'Umeå kommun', position: 'ordförande' })],
    ['Harriet Hedlund  Region Västerbotten', p({ name: 'Harriet Hedlund', organisation: 'Region Västerbotten' })],
    ['Anna Fagefors, förbundschef', p({ name: 'Anna Fagefors', position: 'förbundschef' })],
    ['Pernilla Knutsson biträdande förbundschef', p({ name: 'Pernilla Knutsson', position: 'biträdande förbundschef' })],
    ['Ann-Sofie Lövgren, projektledare Cresco+', p({ name: 'Ann-Sofie Lövgren', position: 'projektledare Cresco+' })],
    ['Kerstin Göss-Lindh (S), Svenljunga kommun', p({ name: 'Kerstin Göss-Lindh', party: 'S', organisation: 'Svenljunga kommun' })],
    ['Lars-Åke Johansson (S), Borås Stad', p({ name: 'Lars-Åke Johansson', party: 'S', organisation: 'Borås Stad' })],
  ])('%j', (input, expected) => {
    expect(parseParticipantLine(input)).toEqual(expected);
  });
});

describe('parseParticipantLine: attendance and notes', () => {
  it.each<[string, ParticipantFields]>([
    ['Mikael Broman  Försäkringskassan $ 52–58', p({ name: 'Mikael Broman', organisation: 'Försäkringskassan', paragraphs: { from: 52, to: 58 } })],
    ['Patrik Nilsson  Robertsfors kommun $ 47–54', p({ name: 'Patrik Nilsson', organisation: 'Robertsfors kommun', paragraphs: { from: 47, to: 54 } })],
    ['Mikael Broman, Försäkringskassan, § 52–58', p({ name: 'Mikael Broman', organisation: 'Försäkringskassan', paragraphs: { from: 52, to: 58 } })],
    ['Lena Berg (C), Alingsås kommun, §§ 3-7', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: 3, to: 7 } })],
    ['Lena Berg (C), Alingsås kommun, § 3', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: 3, to: 3 } })],
    ['Lena Berg (C), Alingsås kommun, fr.o.m. § 5', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: 5, to: null } })],
    ['Lena Berg (C), Alingsås kommun, fr o m § 5', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: 5, to: null } })],
    ['Lena Berg (C), Alingsås kommun, från och med § 5', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: 5, to: null } })],
    ['Lena Berg (C), Alingsås kommun, t.o.m. § 7', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: null, to: 7 } })],
    ['Lena Berg (C), Alingsås kommun, till och med § 7', p({ name: 'Lena Berg', party: 'C', organisation: 'Alingsås kommun', paragraphs: { from: null, to: 7 } })],
    [
      'Johan Björkman (M), Svenljunga (tom §5, därefter representation genom Kerstin)',
      p({
        name: 'Johan Björkman',
        party: 'M',
        organisation: 'Svenljunga',
        paragraphs: { from: null, to: 5 },
        note: 'därefter representation genom Kerstin',
      }),
    ],
    [
      'Peter Hemlin (M) Bollebygd medverkar enbart inför mötet',
      p({ name: 'Peter Hemlin', party: 'M', organisation: 'Bollebygd', note: 'medverkar enbart inför mötet' }),
    ],
    ['Erik Ek, Försäkringskassan (via Teams)', p({ name: 'Erik Ek', organisation: 'Försäkringskassan', note: 'via Teams' })],
    ['Erik Ek, Försäkringskassan, deltar digitalt', p({ name: 'Erik Ek', organisation: 'Försäkringskassan', note: 'deltar digitalt' })],
  ])('%j', (input, expected) => {
    expect(parseParticipantLine(input)).toEqual(expected);
  });
});

describe('parseParticipantLine: substitutions', () => {
  it.each<[string, ParticipantFields]>([
    ['Per Persson (MP), tjänstgör för Eva Ek (S)', p({ name: 'Per Persson', party: 'MP', substituteFor: 'Eva Ek' })],
    ['Per Persson (MP) i stället för Eva Ek (S)', p({ name: 'Per Persson', party: 'MP', substituteFor: 'Eva Ek' })],
    ['Per Persson (MP), istället för Eva Ek (S)', p({ name: 'Per Persson', party: 'MP', substituteFor: 'Eva Ek' })],
    ['Per Persson (MP), ersätter Eva Ek (S)', p({ name: 'Per Persson', party: 'MP', substituteFor: 'Eva Ek' })],
    ['Per Persson (V), Lysekils kommun, ersätter Eva Ek', p({ name: 'Per Persson', party: 'V', organisation: 'Lysekils kommun', substituteFor: 'Eva Ek' })],
    [
      'Erik Ek (S), Nybro kommun, tjänstgör istället för Lisa Lund (S)',
      p({ name: 'Erik Ek', party: 'S', organisation: 'Nybro kommun', substituteFor: 'Lisa Lund' }),
    ],
    ['Erik Ek (S), Nybro kommun, ersättare för Lisa Lund', p({ name: 'Erik Ek', party: 'S', organisation: 'Nybro kommun', substituteFor: 'Lisa Lund' })],
    [
      'Lisa Lund (S) Nybro kommun, tjänstgör för Erik Ek (S) §§ 1–4',
      p({ name: 'Lisa Lund', party: 'S', organisation: 'Nybro kommun', substituteFor: 'Erik Ek', paragraphs: { from: 1, to: 4 } }),
    ],
    [
      'Jan Nyberg (KD), Munkedals kommun, tjänstgör för Bengt-Göran Hennigsson (KD)',
      p({ name: 'Jan Nyberg', party: 'KD', organisation: 'Munkedals kommun', substituteFor: 'Bengt-Göran Hennigsson' }),
    ],
  ])('%j', (input, expected) => {
    expect(parseParticipantLine(input)).toEqual(expected);
  });
});

describe('parseParticipantLine: shapes not in the seeds', () => {
  it.each<[string, ParticipantFields]>([
    ['Anna Andersson (KD) Borås Stad, vice ordförande', p({ name: 'Anna Andersson', party: 'KD', organisation: 'Borås Stad', position: 'vice ordförande' })],
    ['Anna Andersson\tS\tBorås Stad\tordförande', p({ name: 'Anna Andersson', party: 'S', organisation: 'Borås Stad', position: 'ordförande' })],
    ['Anna Andersson\t(S)\tBorås Stad\tordförande', p({ name: 'Anna Andersson', party: 'S', organisation: 'Borås Stad', position: 'ordförande' })],
    ['Karin af Klercker (L), Region Skåne', p({ name: 'Karin af Klercker', party: 'L', organisation: 'Region Skåne' })],
    ['Karin von Platen, Försäkringskassan', p({ name: 'Karin von Platen', organisation: 'Försäkringskassan' })],
    ['Mats de Vries, Region Halland', p({ name: 'Mats de Vries', organisation: 'Region Halland' })],
    ['Anna Maria Svensson (SD), Kävlinge kommun', p({ name: 'Anna Maria Svensson', party: 'SD', organisation: 'Kävlinge kommun' })],
    ['Anna-Lena Maria Svensson, Försäkringskassan', p({ name: 'Anna-Lena Maria Svensson', organisation: 'Försäkringskassan' })],
    ['Åsa Öberg (MP), Göteborgs Stad', p({ name: 'Åsa Öberg', party: 'MP', organisation: 'Göteborgs Stad' })],
    ['Erik Ek (S), Nybro kommun, vice ordf.', p({ name: 'Erik Ek', party: 'S', organisation: 'Nybro kommun', position: 'vice ordförande' })],
    ['Erik Ek, Försäkringskassan, sekr.', p({ name: 'Erik Ek', organisation: 'Försäkringskassan', position: 'sekreterare' })],
    ['Erik Ek, Nybro kommun (S)', p({ name: 'Erik Ek', organisation: 'Nybro kommun', party: 'S' })],
    ['Erik Ek, S, Nybro kommun', p({ name: 'Erik Ek', organisation: 'Nybro kommun', party: 'S' })],
    ['Erik Ek (S) ordförande, Nybro kommun', p({ name: 'Erik Ek', organisation: 'Nybro kommun', party: 'S', position: 'ordförande' })],
    ['Jan Andersson (S)', p({ name: 'Jan Andersson', party: 'S' })],
    ['Stina Andersson, Region Stockholm', p({ name: 'Stina Andersson', organisation: 'Region Stockholm' })],
    ['Erik Ek, Region Kalmar län', p({ name: 'Erik Ek', organisation: 'Region Kalmar län' })],
    ['Erik Ek, Region Jönköpings län, ordförande', p({ name: 'Erik Ek', organisation: 'Region Jönköpings län', position: 'ordförande' })],
    [
      'Stina Andersson, förbundschef, Samordningsförbundet Kalmar län',
      p({ name: 'Stina Andersson', position: 'förbundschef', organisation: 'Samordningsförbundet Kalmar län' }),
    ],
    ['Stina Andersson, Länsstyrelsen', p({ name: 'Stina Andersson', organisation: 'Länsstyrelsen' })],
    [
      'Stina Andersson, Samordningsförbundet Centrala Östergötland, förbundschef',
      p({ name: 'Stina Andersson', organisation: 'Samordningsförbundet Centrala Östergötland', position: 'förbundschef' }),
    ],
    ['Stina Andersson, Finsam Uppsala, controller', p({ name: 'Stina Andersson', organisation: 'Finsam Uppsala', position: 'controller' })],
    ['Stina Andersson, tf förbundschef', p({ name: 'Stina Andersson', position: 'tf förbundschef' })],
    ['Stina Andersson – Försäkringskassan', p({ name: 'Stina Andersson', organisation: 'Försäkringskassan' })],
    ['Karl Svensson, ekonom, Samordningsförbundet Väst', p({ name: 'Karl Svensson', position: 'ekonom', organisation: 'Samordningsförbundet Väst' })],
  ])('%j', (input, expected) => {
    expect(parseParticipantLine(input)).toEqual(expected);
  });

  it.each(['Försäkringskassan', 'Arbetsförmedlingen', 'Marks kommun', 'Region Västerbotten', 'Västra Götalandsregionen', 'Borås Stad'])(
    'a line with only an organisation names nobody: %j',
    (input) => {
      expect(parseParticipantLine(input)).toBeNull();
    },
  );

  it('never leaves party brackets, commas or section signs in a name', () => {
    for (const input of ['Anna Andersson (S),', 'Anna Andersson, (S)', 'Anna Andersson § 3', 'Anna Andersson;']) {
      expect(parseParticipantLine(input)?.name).toBe('Anna Andersson');
    }
  });
});

describe('role headings', () => {
  it.each<[string, string, string]>([
    ['Beslutande', 'Beslutande', 'member'],
    ['Beslutande:', 'Beslutande', 'member'],
    ['BESLUTANDE', 'BESLUTANDE', 'member'],
    ['Beslutande ledamöter', 'Beslutande ledamöter', 'member'],
    ['Beslutande deltagare:', 'Beslutande deltagare', 'member'],
    ['Ledamöter', 'Ledamöter', 'member'],
    ['Närvarande ledamöter', 'Närvarande ledamöter', 'member'],
    ['Ersättare', 'Ersättare', 'deputy'],
    ['Ersättare:', 'Ersättare', 'deputy'],
    ['Tjänstgörande ersättare', 'Tjänstgörande ersättare', 'deputy'],
    ['Närvarande ersättare', 'Närvarande ersättare', 'deputy'],
    ['Ej tjänstgörande ersättare', 'Ej tjänstgörande ersättare', 'deputy'],
    ['Icke tjänstgörande ersättare:', 'Icke tjänstgörande ersättare', 'deputy'],
    ['Övriga', 'Övriga', 'other'],
    ['Övriga deltagare', 'Övriga deltagare', 'other'],
    ['Övriga närvarande', 'Övriga närvarande', 'other'],
    ['Närvarande', 'Närvarande', 'other'],
    ['Närvarande:', 'Närvarande', 'other'],
    ['Övriga styrelserepresentanter', 'Övriga styrelserepresentanter', 'other'],
    ['Tjänstepersoner', 'Tjänstepersoner', 'other'],
    ['Tjänstemän', 'Tjänstemän', 'other'],
    ['Anmält förhinder', 'Anmält förhinder', 'absent'],
    ['Anmält förhinder:', 'Anmält förhinder', 'absent'],
    ['Frånvarande', 'Frånvarande', 'absent'],
    ['Frånvarande:', 'Frånvarande', 'absent'],
    ['Frånvarande ledamöter', 'Frånvarande ledamöter', 'absent'],
    ['Frånvarande ersättare', 'Frånvarande ersättare', 'absent'],
  ])('%j is the heading %j of role %s', (input, label, role) => {
    const h = heading(lineOf(input));
    expect(h).toEqual({ label, inline: '' });
    expect(roleOfHeading(h!.label)).toBe(role);
  });

  it.each(['Justerare', 'Plats', 'Beslutande organ', 'Sekreterare', 'Paragrafer § 1 - § 9', 'Ordförande Cecilia Andersson'])(
    '%j is no participant heading',
    (input) => {
      expect(heading(lineOf(input))).toBeNull();
    },
  );

  it('keeps the first participant written on the heading line', () => {
    expect(heading(lineOf('Beslutande deltagare:   Jonas Erlandsson, ordf.'))).toEqual({
      label: 'Beslutande deltagare',
      inline: 'Jonas Erlandsson, ordf.',
    });
    expect(heading(lineOf('Ersättare: Per Persson (MP), tjänstgör för Eva Ek (S)'))).toEqual({
      label: 'Ersättare',
      inline: 'Per Persson (MP), tjänstgör för Eva Ek (S)',
    });
  });

  it('keeps the column gaps of an inline participant, so the columns still split', () => {
    const h = heading(lineOf('Beslutande Peter Vigren                         Umeå kommun, ordförande'));
    expect(h?.label).toBe('Beslutande');
    expect(parseParticipantLine(h!.inline)).toEqual(p({ name: 'Peter Vigren', organisation: 'Umeå kommun', position: 'ordförande' }));
  });
});

describe('findParticipantGroups', () => {
  it('groups the lines under each heading and stops at the next header label', () => {
    const lines = linesOf(
      text(
        'Beslutande',
        'Anna Andersson (S), Borås Stad',
        'Karin Lund (L), Region Skåne',
        '',
        'Ersättare',
        'Per Persson (MP), tjänstgör för Eva Ek (S)',
        '',
        'Övriga deltagare: Stina Berg, förbundschef',
        'Karl Svensson, ekonom',
        '',
        'Plats och tid',
        'Kansliet, Uddevalla',
      ),
    );
    const groups = findParticipantGroups(lines, 0, lines.length, []);
    expect(groups.map((g) => [g.label, g.role, g.entries.map((e) => [e.line, e.text])])).toEqual([
      ['Beslutande', 'member', [[2, 'Anna Andersson (S), Borås Stad'], [3, 'Karin Lund (L), Region Skåne']]],
      ['Ersättare', 'deputy', [[6, 'Per Persson (MP), tjänstgör för Eva Ek (S)']]],
      ['Övriga deltagare', 'other', [[8, 'Stina Berg, förbundschef'], [9, 'Karl Svensson, ekonom']]],
    ]);
  });
});

describe('participants of whole minutes', () => {
  const doc = meetingDoc(
    minutes({
      participants: text(
        'Beslutande',
        'Anna Andersson (KD) Borås Stad, vice ordförande',
        'Karin af Klercker (L), Region Skåne',
        '',
        'Kommunerna:',
        '',
        'Marks kommun Anders Lindal (M),',
        'Arbetsförmedlingen, Leif Johansson',
        '',
        'Ersättare: Per Persson (MP), tjänstgör för Eva Ek (S)',
        'Lisa Holm (V), Uddevalla kommun, §§ 1–2',
        '',
        'Anmält förhinder',
        'Eva Ek (S), Strömstads kommun',
        '',
        'Övriga styrelserepresentanter',
        'Jonas Ryhr, Arbetsförmedlingen',
        '',
        'Tjänstepersoner',
        'Stina Berg, förbundschef',
        '',
      ),
    }),
  );

  it('reads every participant with role, heading as written and source line', () => {
    expect(doc.participants.map((x) => [x.name, x.role, x.roleLabel, x.line])).toEqual([
      ['Anna Andersson', 'member', 'Beslutande', 8],
      ['Karin af Klercker', 'member', 'Beslutande', 9],
      ['Anders Lindal', 'member', 'Beslutande', 13],
      ['Leif Johansson', 'member', 'Beslutande', 14],
      ['Per Persson', 'deputy', 'Ersättare', 16],
      ['Lisa Holm', 'deputy', 'Ersättare', 17],
      ['Eva Ek', 'absent', 'Anmält förhinder', 20],
      ['Jonas Ryhr', 'other', 'Övriga styrelserepresentanter', 23],
      ['Stina Berg', 'other', 'Tjänstepersoner', 26],
    ]);
  });

  it('splits each line into its fields', () => {
    const by = (name: string) => doc.participants.find((x) => x.name === name)!;
    expect(by('Anna Andersson')).toMatchObject({ party: 'KD', organisation: 'Borås Stad', position: 'vice ordförande' });
    expect(by('Anders Lindal')).toMatchObject({ party: 'M', organisation: 'Marks kommun' });
    expect(by('Per Persson')).toMatchObject({ party: 'MP', substituteFor: 'Eva Ek', organisation: null, note: null });
    expect(by('Lisa Holm')).toMatchObject({ paragraphs: { from: 1, to: 2 }, organisation: 'Uddevalla kommun', party: 'V' });
    expect(by('Stina Berg')).toMatchObject({ position: 'förbundschef', organisation: null, party: null });
  });

  it('reads a tab-separated table and a flattened two-column list', () => {
    const d = meetingDoc(
      minutes({
        participants: text(
          'Beslutande',
          'Anna Andersson\tS\tBorås Stad\tordförande',
          'Karin Lund\tL\tRegion Skåne\tvice ordförande',
          'Olle Ek\tM\tLysekils kommun',
          '',
          'Ersättare',
          'Lisa Holm (V), Uddevalla kommun          Jan Nyberg (KD), Munkedals kommun',
          '',
        ),
      }),
    );
    expect(d.participants.map((x) => [x.name, x.role, x.party, x.organisation, x.position])).toEqual([
      ['Anna Andersson', 'member', 'S', 'Borås Stad', 'ordförande'],
      ['Karin Lund', 'member', 'L', 'Region Skåne', 'vice ordförande'],
      ['Olle Ek', 'member', 'M', 'Lysekils kommun', null],
      ['Lisa Holm', 'deputy', 'V', 'Uddevalla kommun', null],
      ['Jan Nyberg', 'deputy', 'KD', 'Munkedals kommun', null],
    ]);
  });

  it('reads a heading with its first participant on the same line, and column gaps', () => {
    const d = meetingDoc(
      minutes({
        participants: text(
          'Beslutande deltagare:   Jonas Erlandsson, ordf.',
          ' Kristina Eimar',
          ' Lucas Lodge',
          '',
          'Övriga deltagare Patrik Nilsson  Robertsfors kommun $ 1–2',
          ' Mikael Holmlund   förbundschef',
          '',
        ),
      }),
    );
    expect(d.participants.map((x) => [x.name, x.roleLabel, x.position, x.organisation, x.paragraphs])).toEqual([
      ['Jonas Erlandsson', 'Beslutande deltagare', 'ordförande', null, null],
      ['Kristina Eimar', 'Beslutande deltagare', null, null, null],
      ['Lucas Lodge', 'Beslutande deltagare', null, null, null],
      ['Patrik Nilsson', 'Övriga deltagare', null, 'Robertsfors kommun', { from: 1, to: 2 }],
      ['Mikael Holmlund', 'Övriga deltagare', 'förbundschef', null, null],
    ]);
  });

  it('reads lists written as markdown tables', () => {
    const d = meetingDoc(
      minutes({
        participants: text('| Beslutande | |', '|---|---|', '| Anna Andersson (S) | Borås Stad |', '| Karin Lund (L) | Region Skåne |', ''),
      }),
    );
    expect(d.participants.map((x) => [x.name, x.role, x.party, x.organisation])).toEqual([
      ['Anna Andersson', 'member', 'S', 'Borås Stad'],
      ['Karin Lund', 'member', 'L', 'Region Skåne'],
    ]);
  });

  it('reads columns separated by runs of spaces: name, party, organisation, position', () => {
    const d = meetingDoc(minutes({ participants: text('Beslutande', 'Anna Andersson    S    Borås Stad    ordförande', 'Karin Lund    L    Region Skåne', '') }));
    expect(d.participants.map((x) => [x.name, x.party, x.organisation, x.position])).toEqual([
      ['Anna Andersson', 'S', 'Borås Stad', 'ordförande'],
      ['Karin Lund', 'L', 'Region Skåne', null],
    ]);
  });

  it('reads role sub-headings under a `Närvarande` heading', () => {
    const d = meetingDoc(
      minutes({
        participants: text(
          'Närvarande',
          'Ledamöter',
          'Anna Andersson (S), Borås Stad',
          'Karin Lund (L), Region Skåne',
          'Ersättare',
          'Per Persson (MP), Borås Stad',
          'Tjänstepersoner',
          'Stina Berg, förbundschef',
          '',
        ),
      }),
    );
    expect(d.participants.map((x) => [x.name, x.role, x.roleLabel])).toEqual([
      ['Anna Andersson', 'member', 'Ledamöter'],
      ['Karin Lund', 'member', 'Ledamöter'],
      ['Per Persson', 'deputy', 'Ersättare'],
      ['Stina Berg', 'other', 'Tjänstepersoner'],
    ]);
  });

  it('reads several participants written one after the other on one line', () => {
    const d = meetingDoc(
      minutes({
        participants: text(
          'Beslutande:',
          'Anna Andersson (S), Borås Stad, Karin Lund (L), Region Skåne, Olle Ek (M), Lysekils kommun',
          '',
          'Övriga: Stina Berg, förbundschef, Per Olsson, ekonom',
          '',
        ),
      }),
    );
    expect(d.participants.map((x) => [x.name, x.role, x.party, x.organisation, x.position])).toEqual([
      ['Anna Andersson', 'member', 'S', 'Borås Stad', null],
      ['Karin Lund', 'member', 'L', 'Region Skåne', null],
      ['Olle Ek', 'member', 'M', 'Lysekils kommun', null],
      ['Stina Berg', 'other', null, null, 'förbundschef'],
      ['Per Olsson', 'other', null, null, 'ekonom'],
    ]);
  });

  it('reads one-line headings with a colon, one after the other', () => {
    const d = meetingDoc(
      minutes({
        participants: text('Närvarande ledamöter', 'Anna Andersson, ordförande', 'Karin Lund', 'Anmält förhinder: Olle Ek', 'Övriga närvarande: Stina Berg (sekreterare)', ''),
      }),
    );
    expect(d.participants.map((x) => [x.name, x.role, x.roleLabel, x.position])).toEqual([
      ['Anna Andersson', 'member', 'Närvarande ledamöter', 'ordförande'],
      ['Karin Lund', 'member', 'Närvarande ledamöter', null],
      ['Olle Ek', 'absent', 'Anmält förhinder', null],
      ['Stina Berg', 'other', 'Övriga närvarande', 'sekreterare'],
    ]);
  });

  it('takes no participant from the items', () => {
    const d = meetingDoc(minutes({}));
    expect(d.participants.map((x) => x.name)).toEqual(['Anna Andersson', 'Karin Lund', 'Olle Ek']);
  });
});
