// A förbund's staff listed with the team or project they work in after their position (`Eva Ek, projektledare
// Steget Vidare`, `Ola Berg, verksamhetsledare Samordningsteam Norr`): the capitalised words after the position
// are no second person, as long as the first of them is no given name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const DOC = meetingDoc(
  text(
    'PROTOKOLL', 'Samordningsförbundet Ekbygd', 'Styrelsen', 'Datum: 2023-05-12', '',
    'Beslutande', 'Anna Berg, ordförande, Ekby kommun', 'Per Lind, ledamot, Försäkringskassan', '',
    'Övriga',
    'Eva Ek, projektledare Steget Vidare',
    'Ola Berg, verksamhetsledare Samordningsteam Norr',
    'Tor Holm, coach Unga Vuxna',
    'Kim Sjö, förbundschef Lisa Dal, processtödjare',
    'Åke Rud, ekonom Halim Sadi, kanslist',
    'Siv Ek, kommunikatör Maja Holm',
    '',
    '§ 5 Mötets öppnande', 'Ordföranden öppnade mötet.',
  ),
);

describe('a team or project after a position', () => {
  // (a given name after the position opens a second person, and so does any name a run-on list gives its position after)
  it('is no second person', () => {
    expect(DOC.participants.filter((p) => p.role === 'other').map((p) => p.name)).toEqual(['Eva Ek', 'Ola Berg', 'Tor Holm', 'Kim Sjö', 'Lisa Dal', 'Åke Rud', 'Halim Sadi', 'Siv Ek', 'Maja Holm']);
  });

  it('keeps the position of the person before it', () => {
    expect(DOC.participants.find((p) => p.name === 'Ola Berg')?.position).toMatch(/^verksamhetsledare/u);
  });
});

// A web archive's transcript flattens the same list onto one line, so each team runs on into the next entry's name
// (`… verksamhetsledare Samordningsteam Norr Per Alm, socialsekreterare …`): the team's one or two words before a known
// given name and a surname with its comma are the entry's before them, not an entry of their own.
const RUN_ON = meetingDoc(
  text(
    '1 Sida Sammanträdesdatum Plats och tid Ekby kommunhus kl Beslutande Anna Berg, ordförande, Ekby kommun Per Lind, ledamot, Försäkringskassan Övriga deltagande Tor Holm, samordnare Ola Berg, verksamhetsledare Samordningsteam Norr Per Alm, socialsekreterare Ekby kommun Eva Ek, kurator Projektet Steget Siv Ek, ekonom Justeringens tid och plats Underskrifter',
    '',
    '2 § 5 Mötets öppnande Ordföranden öppnade mötet.',
  ),
);

describe('a team after a position in a list run on onto one line', () => {
  it('is no entry of its own, and the next name is the next person', () => {
    expect(RUN_ON.participants.filter((p) => p.role === 'other').map((p) => p.name)).toEqual(['Tor Holm', 'Ola Berg', 'Per Alm', 'Eva Ek', 'Siv Ek']);
  });

  it('stays with the person before it', () => {
    const ola = RUN_ON.participants.find((p) => p.name === 'Ola Berg');
    expect([ola?.position, ola?.organisation].join(' ')).toMatch(/Samordningsteam Norr/u);
  });
});
