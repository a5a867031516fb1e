// The officials and guests of a front page written `Name, position, § 155` run on in lines: a deputy
// who does not serve listed among them (`ej tjg ers`) is a deputy, `del av § 159` is kept as the note
// with its words, and those who keep the minutes or attend to learn (`protokollförare`,
// `socionomstuderande`) have that as their position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

describe('others listed with positions and §§', () => {
  const doc = meetingDoc(
    text(
      'Protokoll från Omsorgsutskottets sammanträde 2019-10-09', '',
      'Plats och tid Förvaltningshuset, kl 09.00-16.00', '',
      'Beslutande Annika Holm (C), ordförande', '',
      'Rune Jakobsson (S)', '',
      'Övriga deltagande Ann Axell, protokollförare', '',
      'Helena Lind (KD), ej tjg ers, del av § 59 Ulla Hemming, socialchef', '',
      'Lena Edström, sektorsekonom, § 55 Anna Estby, socionomstuderande', '',
      'Utses att justera Rune Jakobsson', '',
      '§ 55 Kvartalsrapport', '', 'Utskottet godkänner rapporten.',
    ),
  );
  const who = (name: string) => doc.participants.find((p) => p.name === name);

  it('reads a deputy who does not serve among the others as a deputy', () => {
    expect(who('Helena Lind')).toMatchObject({ role: 'deputy', party: 'KD', paragraphs: { from: 59, to: 59 } });
  });

  it('keeps `del av § 59` as written in the note', () => {
    expect(who('Helena Lind')?.note).toBe('del av § 59');
  });

  it('reads the positions of who keeps the minutes and who attends to learn', () => {
    expect(who('Ann Axell')).toMatchObject({ role: 'other', position: 'protokollförare' });
    expect(who('Anna Estby')).toMatchObject({ role: 'other', position: 'socionomstuderande', note: null });
    expect(who('Lena Edström')).toMatchObject({ position: 'sektorsekonom', paragraphs: { from: 55, to: 55 } });
  });
});

describe('a position with its unit in acronyms', () => {
  it('keeps `MT/CT` in the position, not as an organisation and a note', () => {
    expect(parseParticipantLine('Helena Karlby Samordnare MT/CT')).toMatchObject({ name: 'Helena Karlby', position: 'samordnare MT/CT', organisation: null, note: null });
    // (a slash between names still parts them: guard)
    expect(parseParticipantLine('Anna Ek/Försäkringskassan')).toMatchObject({ name: 'Anna Ek', organisation: 'Försäkringskassan' });
  });
});
