// An agenda that numbers its points as §§ (`§1 Mötet öppnas` / `§2 Inledning` / `a) Val av:`), under the meeting's day
// and place, with nothing told under any §: the notice, for minutes tell what each § came to. And numbered points under
// a line that announces the meeting to come (`Årets möte kommer att ske via Zoom`), no day written: its agenda. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kinds = (t: string): [string, number][] => parseText(t).documents.map((d) => [d.kind, d.items.length]);

describe('§§ that tell nothing, under a meeting’s day', () => {
  const agenda = (under2: string[]): string =>
    text(
      'TORSDAGEN den 5 mars 2026 kl. 19:00',
      'Plats:   Föreningslokalen, Kvarngatan 2',
      '',
      '§1 Mötet öppnas',
      '',
      '§2 Formalia',
      ...under2,
      '',
      '§3 Rapporter',
      '',
      '§4 Val',
      '            a) Val av kassör',
      '                                     Se bilaga för nomineringar!',
      '',
      '§5 Avslutning',
    );

  it('a student association’s agenda with lettered sub-points: a notice of five points', () => {
    expect(kinds(agenda(['            a) Val av:', '                  – mötesordförande', '                  – justerare', '            b) Adjungeringar']))).toEqual([['notice', 5]]);
  });

  it('the same §§ with what each came to told under them: minutes', () => {
    expect(kinds(agenda(['Till mötesordförande valdes Lisa Ek.', 'Till justerare valdes Per Al.']))[0]![0]).toBe('minutes');
  });

  it('§§ told in the present without full stops stay minutes (`Ordföranden öppnar mötet 18.00`)', () => {
    const minutes = text('Styrelsemöte 3 april 2026', '', '§ 12. Mötets öppnande', 'Ordföranden öppnar mötet 18.00', '', '§ 13. Ekonomi', 'Kassören redovisar kassan 2026-03-31');
    expect(kinds(minutes)[0]![0]).toBe('minutes');
  });
});

describe('points under a meeting announced as to come', () => {
  const page = (announcement: string): string =>
    text(announcement, '', 'Anmäl dig på vår webbplats.', '', ' 1. Mötet öppnas', ' 2. Val av mötesordförande', ' 3. Verksamhetsberättelse', ' 4. Val av styrelse', ' 5. Mötets avslutande');

  it('`Årets möte kommer att ske via Zoom`: the agenda', () => {
    expect(kinds(page('Årets möte kommer att ske via Zoom'))).toEqual([['notice', 5]]);
  });

  it('`Välkomna till årsmötet i Bygdegården`: the agenda', () => {
    expect(kinds(page('Välkomna till årsmötet i Bygdegården'))).toEqual([['notice', 5]]);
  });

  it('a meeting told as held is no announcement', () => {
    expect(kinds(page('Årets möte hölls via Zoom'))[0]![0]).not.toBe('notice');
  });
});
