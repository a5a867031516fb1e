// Signature labels left blank for signing by hand (`Underskrifter Sekreterare Paragrafer Ordförande Justerande`,
// no name under any): nobody signs as chair or secretary, whoever the participants' list names so
// (`Eva Dahl (S), ordförande`, `Bo Lind, utredare, sekreterare`): a signer is a name written where the minutes are
// signed, never filled from the roll. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (chairLine: string, secretaryLine: string) =>
  meetingDoc(
    text(
      'Sammanträdesprotokoll KULTURNÄMNDEN Plats och tid Rådhuset, klockan 13:00-15:10',
      `Beslutande ${chairLine} Per Ek (S) Lisa Berg (M)`,
      `Övriga deltagande Ola Hed, förvaltningschef ${secretaryLine}`,
      'Utses att justera Lisa Berg (M) Justeringens plats och tid Kultur- och fritidskontoret fredag 7 mars 2025 klockan 10:00',
      'Underskrifter Sekreterare Paragrafer Ordförande Justerande ANSLAG Datum Anslag sätts upp Anslag tas ner Protokollets förvaring Kultur- och fritidskontoret',
      '',
      '§ 12 Information',
      'Förvaltningschefen informerar om verksamheten.',
    ),
  );

describe('signature labels left blank: no signer from the list', () => {
  it('takes neither the list chair nor the list secretary', () => {
    expect(minutes('Eva Dahl (S), ordförande', 'Bo Lind, utredare, sekreterare').signatures).toMatchObject({ chair: [], secretary: [], adjusters: ['Lisa Berg'] });
  });

  it('takes nobody where the list names none so, or a vice chair', () => {
    expect(minutes('Eva Dahl (S), vice ordförande', 'Bo Lind, nämndsekreterare').signatures).toMatchObject({ chair: [], secretary: [] });
  });

  it('takes nobody from dotted signature lines at the end, labels after the lines (line-based text)', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Tekniska nämnden, Sjöviks kommun', 'Tid: 2024-05-14 kl. 09.00-11.30', 'Plats: Stadshuset, Sjövik', '',
        'Beslutande', 'Rut Holm (C), ordförande', 'Arvid Sten (S)', 'Nora Vik (M)', '',
        'Övriga närvarande', 'Ingrid Lund, nämndsekreterare, sekreterare', '',
        '§ 21 Val av justerare', 'Nora Vik utses att justera protokollet.', '',
        '§ 22 Budgetuppföljning', 'Nämnden beslutar att lägga rapporten till handlingarna.', '',
        '.................................          .................................',
        'Ordförande                                 Justerare', '',
        '.................................',
        'Sekreterare',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: [], secretary: [] });
    expect(doc.signatures?.adjusters ?? []).not.toContain('Rut Holm');
  });
});
