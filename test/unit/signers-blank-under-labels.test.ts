// Signature labels left blank for signing by hand (`Underskrifter Sekreterare Paragrafer Ordförande Justerande`,
// no name under any): the chair and the secretary are those the participants' list names so
// (`Eva Dahl (S), ordförande`, `Bo Lind, utredare, sekreterare`). Every text is invented.
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

describe('signature labels left blank: the chair and the secretary from the list', () => {
  it('takes the list chair and secretary', () => {
    expect(minutes('Eva Dahl (S), ordförande', 'Bo Lind, utredare, sekreterare').signatures).toMatchObject({ chair: ['Eva Dahl'], secretary: ['Bo Lind'], adjusters: ['Lisa Berg'] });
  });

  it('takes nobody where the list names none so, or a vice chair', () => {
    expect(minutes('Eva Dahl (S), vice ordförande', 'Bo Lind, nämndsekreterare').signatures).toMatchObject({ chair: [], secretary: [] });
  });
});
