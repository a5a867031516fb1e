// Front pages of bilingual (Swedish and Finnish) municipalities print each label in both
// languages, the Finnish after a dash or a slash (`TID - AIKA`, `PLATS - PAIKKA`,
// `NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET`, `Ordförande/Puheenjohtaja:`): the Finnish
// half is the label's, not its value's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const FRONT = [
  'SAMMANTRÄDESPROTOKOLL',
  'KOKOUSPÖYTÄKIRJA',
  '7/2023',
  'Tekniska nämnden',
  'TID - AIKA kl./klo 16:00-18:30',
  'PLATS - PAIKKA Stadshuset, Fyrrummet',
  'NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET',
  'Grönlund Mats ordförande',
  'Lindvik Sara viceordförande',
  'Hakala Petri medlem',
  'Strömberg Annika medlem',
  'ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET',
  'Sjöholm Tove teknisk direktör',
  'Vikman Lars protokollförare',
  '',
  'Ordförande/Puheenjohtaja: Mats Grönlund',
  '',
  '§ 101',
  'KONSTATERA SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET',
  'Ordföranden konstaterar sammanträdet lagligt och beslutfört.',
].join('\n');

describe('bilingual front-page labels', () => {
  const doc = parse(FRONT).documents[0]!;

  it('reads the place without the label\'s Finnish half', () => {
    expect(doc.meeting?.location).toBe('Stadshuset, Fyrrummet');
    expect(doc.meeting?.startTime).toBe('16:00');
    expect(doc.meeting?.endTime).toBe('18:30');
  });

  it('reads the lists under headings in both languages', () => {
    const members = doc.participants.filter((p) => p.role === 'member').map((p) => p.name);
    // (the names as the roll writes them, surname first)
    expect(members).toEqual(['Grönlund Mats', 'Lindvik Sara', 'Hakala Petri', 'Strömberg Annika']);
    expect(doc.participants[0]).toMatchObject({ roleLabel: 'NÄRVARANDE LEDAMÖTER', position: 'ordförande' });
    const others = doc.participants.filter((p) => p.role === 'other').map((p) => p.name);
    expect(others).toEqual(['Sjöholm Tove', 'Vikman Lars']);
  });

  it('reads the chair under `Ordförande/Puheenjohtaja:`', () => {
    expect(doc.signatures?.chair).toEqual(['Mats Grönlund']);
  });

  it('keeps a dash that is a value\'s own (`Plats - Stadshuset`)', () => {
    const one = parse(['Protokoll', 'Tekniska nämnden', 'Datum 2023-05-10', 'Plats - Stadshuset, Fyrrummet', '', '§ 1 Öppnande', 'Mötet öppnas.'].join('\n')).documents[0]!;
    expect(one.meeting?.location).toBe('Stadshuset, Fyrrummet');
  });
});
