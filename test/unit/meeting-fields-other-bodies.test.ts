// Meeting fields a header gives in the forms of other bodies: the place with the next field's label or the roll's first
// entry run on after it (`Fullmäktigesalen Datum`, `Stadshuset, Storgatan 7 Ek Anna, ordförande`); a riksdag committee's
// protocol number in its session's count (`protokoll 2015/16:57`); a university's board, whose organisation is the
// university (`Styrelsen för Högskolan i Ekby`); an organ named with a participle (`Ekby brottsförebyggande råd`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('meeting fields of other bodies', () => {
  it('cuts the next field’s label off the place', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Kulturnämnden i Ekby kommun', 'Datum 2019-10-14', 'Plats Sessionssalen Datum', 'Tid kl. 13.00-15.00', '§ 1 Val av justerare', 'Till att justera protokollet utsågs Tove Lind.'));
    expect(doc.meeting?.location).toBe('Sessionssalen');
  });

  it('cuts the roll’s first entry off the place, surname first or given name first', () => {
    const a = meetingDoc(text('PROTOKOLL', 'Byggnadsnämnden i Ekby kommun', 'Datum: 2019-10-14 kl. 13.00-15.00', 'Plats: Rådhuset, Torggatan 3 Berg Olle, ordförande', '§ 1 Val av justerare', 'Till att justera protokollet utsågs Tove Lind.'));
    expect(a.meeting?.location).toBe('Rådhuset, Torggatan 3');
    const b = meetingDoc(text('PROTOKOLL', 'Byggnadsnämnden i Ekby kommun', 'Datum: 2019-10-14 kl. 13.00-15.00', 'Plats: Rådhuset Olle Berg (S), ordförande', '§ 1 Val av justerare', 'Till att justera protokollet utsågs Tove Lind.'));
    expect(b.meeting?.location).toBe('Rådhuset');
  });

  it('keeps a place whose words after a comma are no roll entry', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Byggnadsnämnden i Ekby kommun', 'Datum: 2019-10-14 kl. 13.00-15.00', 'Plats: Stora salen, Ekby Folkets hus', '§ 1 Val av justerare', 'Till att justera protokollet utsågs Tove Lind.'));
    expect(doc.meeting?.location).toBe('Stora salen, Ekby Folkets hus');
  });

  it('reads a riksdag committee’s protocol number', () => {
    const doc = meetingDoc(text('Trafikutskottets protokoll 2017/18:12', 'Datum: Tisdagen den 14 november 2017', 'Tid: Kl. 11.00-11.30', '§ 1 Justering av protokoll', 'Utskottet justerade protokoll 2017/18:11.'));
    expect(doc.meeting?.number).toBe('2017/18:12');
  });

  it('names a university’s board by the university', () => {
    const a = meetingDoc(text('PROTOKOLL', 'Styrelsen för Högskolan i Ekby', 'Datum: 2019-10-14', '§ 1 Budget', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(a.meeting).toMatchObject({ organisation: 'Högskolan i Ekby', body: 'styrelse' });
    const b = meetingDoc(text('PROTOKOLL', 'Styrelsen för Ekby universitet', 'Datum: 2019-10-14', '§ 1 Budget', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(b.meeting).toMatchObject({ organisation: 'Ekby universitet', body: 'styrelse' });
  });

  it('keeps the participle of an organ’s name in its body', () => {
    const a = meetingDoc(text('PROTOKOLL', 'Ekby brottsförebyggande råd', 'Datum: 2019-10-14', '§ 1 Lägesbild', 'Rådet beslutar att lägga informationen till handlingarna.'));
    expect(a.meeting?.body).toBe('brottsförebyggande råd');
    const b = meetingDoc(text('EKBY KOMMUNS BROTTSFÖREBYGGANDE RÅD', 'KALLELSE', 'Tid: Onsdag den 7 mars 2018 kl. 15.30', 'Ärenden', '1. Lägesbild', '2. Övriga frågor'));
    expect(b.meeting?.body).toBe('brottsförebyggande råd');
  });
});
