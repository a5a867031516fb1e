// Signers' labels in their definite form in a row of colons (`Sekreterare: … Mats Rydh Ordföranden: … Anna Ek`), a
// notice signed on the chair's behalf (`Enligt uppdrag: Anna Ek, stadssekreterare`), and the municipality whose notice
// board the anslag is put up on (`… på Lövby kommuns anslagstavla`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...tail: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Valnämnden', 'Sammanträdesdatum 2023-04-24', 'Plats och tid   Kommunhuset, kl. 18.30-19.00', 'Beslutande   Anna Ek (S), ordförande', '             Per Ås (M)', '', '§ 1 Val av justerare', 'Per Ås utses att justera.', '', ...tail));
const notice = (last: string) =>
  meetingDoc(text('KALLELSE', 'Byggnadsnämnden', 'Tid: Onsdagen den 15 mars 2023 kl. 18.00', 'Plats: Kommunhuset, Lövby', '', 'Ärenden', '1. Val av justerare', '2. Bygglov', '', last));

describe('signers under labels in their definite form', () => {
  it('reads `Ordföranden:` as the chair\'s label in a row of colons with leaders', () => {
    expect(minutes('Sekreterare: ………… Mats Rydh Ordföranden: ………… Anna Ek Justerare: ………… Per Ås').signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Mats Rydh'], adjusters: ['Per Ås'] });
  });

  it('reads every label so, as another body writes them without leaders', () => {
    expect(minutes('Sekreteraren: Mats Rydh Ordföranden: Anna Ek Justeraren: Per Ås').signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Mats Rydh'], adjusters: ['Per Ås'] });
  });
});

describe('a notice signed on the chair\'s behalf', () => {
  it('reads the signer after `Enligt uppdrag:`', () => {
    expect(notice('Enligt uppdrag: Anna Ek, stadssekreterare').signatures).toMatchObject({ chair: [], secretary: ['Anna Ek'] });
  });

  it('reads the signer after `På uppdrag av ordföranden`', () => {
    expect(notice('På uppdrag av ordföranden Per Ås, nämndsekreterare').signatures).toMatchObject({ chair: [], secretary: ['Per Ås'] });
  });
});

describe('the notice board\'s owner', () => {
  it('names the municipality whose notice board the anslag is put up on, where nothing else does', () => {
    expect(minutes('BEVIS', 'Protokollet är justerat. Justeringen har tillkännagivits på Lövby kommuns anslagstavla.').meeting?.organisation).toBe('Lövby kommun');
    expect(minutes('Anslaget har satts upp på Ekby stads officiella anslagstavla.').meeting?.organisation).toBe('Ekby stad');
  });

  it('names none from an anslagstavla without a name', () => {
    expect(minutes('Protokollet har anslagits på kommunens anslagstavla.').meeting?.organisation).toBeNull();
  });
});
