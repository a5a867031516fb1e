// A flattened page runs a §'s heading, its case number and its text into one line
// (`§ 33 Delårsbokslut jan–april (Dnr 346/2006) På mycket kort tid har förbundet …`). The
// case number's label and number end the title even where the text opens on a phrase before
// its verb (`Vid sitt sammanträde i oktober tillstyrkte …`, `Den 14 maj överlämnades …`), as
// Swedish puts the verb second. Without a verb within reach it stays the title's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, item, text } from './helpers.js';

const minutes = (...lines: string[]) => meetingDoc(text('SAMMANTRÄDESPROTOKOLL', 'Förbundsstyrelsen', 'Sammanträdesdatum 2024-03-12', '', ...lines));

describe('a case number between a run-on title and a text opening on a phrase', () => {
  it('ends the title; the text after it is the body', () => {
    const doc = minutes(
      '§ 33 Delårsbokslut jan- april (Dnr 346/2024) På mycket kort tid har förbundet vuxit. Styrelsen beslutar att godkänna delårsbokslutet.',
      '§ 34 Bildande av samordningsförbundet Syd Dnr: LKS 2024-123 Vid sitt sammanträde i oktober tillstyrkte styrelsen en sammanslagning. Styrelsen beslutar att godkänna förslaget.',
      '§ 35 Namninsamling om skolan Dnr 2024/17 Den 14 maj överlämnades namnlistor till ordföranden. Styrelsen beslutar att lägga listorna till handlingarna.',
    );
    expect(item(doc, 33)).toMatchObject({ title: 'Delårsbokslut jan- april', caseNumber: '346/2024' });
    expect(item(doc, 34)).toMatchObject({ title: 'Bildande av samordningsförbundet Syd', caseNumber: 'LKS 2024-123' });
    expect(item(doc, 35)).toMatchObject({ title: 'Namninsamling om skolan', caseNumber: '2024/17' });
    expect(item(doc, 33).text).toMatch(/^På mycket kort tid/u);
  });

  it('leaves the words after the number to the title where no verb follows the phrase', () => {
    const doc = minutes('§ 37 Budget Dnr 2024/4 Vid Norra skolan i Åby. Styrelsen beslutar att bifalla.');
    expect(item(doc, 37).title).toMatch(/Vid Norra skolan/u);
  });
});
