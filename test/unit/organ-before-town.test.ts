// A letterhead or title that writes the organ and the town's name together, flattened onto one
// line (`Socialnämnden Östby kommun`, `PROTOKOLL Kommunstyrelsen Lidby kommun`): the organisation
// is the town's (`Östby kommun`), the organ is the body. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findPublicBody } from '../../src/parse/meeting/organisation.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (head: string): string =>
  text(
    head,
    'SAMMANTRÄDESPROTOKOLL',
    'Sammanträdesdatum 2023-03-08',
    '',
    'Plats och tid    Kommunhuset, kl. 13.00-16.00',
    '',
    'Beslutande       Tuva Nord (S), ordförande',
    '                 Arvid Lund (M)',
    '',
    '§ 12 Val av justerare',
    'Arvid Lund utses att justera.',
  );

describe('an organ written before the town', () => {
  it('leaves the organ out of the public body', () => {
    expect(findPublicBody('Socialnämnden Östby kommun')?.name).toBe('Östby kommun');
    expect(findPublicBody('KOMMUNSTYRELSEN LIDBY KOMMUN')?.name).toBe('Lidby kommun');
    expect(findPublicBody('Direktionen Norrdals kommunalförbund')?.name).toBe('Norrdals kommunalförbund');
  });

  it('gives the town as the organisation and the organ as the body', () => {
    const m = meetingDoc(minutes('Socialnämnden Östby kommun')).meeting!;
    expect([m.organisation, m.body]).toEqual(['Östby kommun', 'socialnämnd']);
    const k = meetingDoc(minutes('Kommunstyrelsen Lidby kommun')).meeting!;
    expect([k.organisation, k.body]).toEqual(['Lidby kommun', 'kommunstyrelse']);
  });

  it('keeps a two-word town name', () => {
    expect(findPublicBody('Bygg- och miljönämnden Övre Ådals kommun')?.name).toBe('Övre Ådals kommun');
  });
});
