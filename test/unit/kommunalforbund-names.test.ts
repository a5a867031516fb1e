// A kommunalförbund named by its task, as its letterhead writes it (`Räddningstjänstförbundet
// Norra Ekbygden`, `Norra Ekbygdens Miljöförbund`, `Gymnasieförbundet Ekbygden`): the meeting's
// organisation. It was null. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notice = (organisation: string) =>
  meetingDoc(text('Kallelse till sammanträde med direktionen', organisation, '', 'Datum: 2024-09-12', 'Plats: Brandstationen', '', '1. Sammanträdets öppnande', '2. Val av justerare'));

describe('a kommunalförbund named by its task', () => {
  it.each(['Räddningstjänstförbundet Norra Ekbygden', 'Norra Ekbygdens Miljöförbund', 'Gymnasieförbundet Ekbygden', 'Ekbygdens Avfallsförbund'])('%s is the organisation', (organisation) => {
    const doc = notice(organisation);
    expect(doc.meeting).toMatchObject({ organisation, body: 'direktion' });
  });
});
