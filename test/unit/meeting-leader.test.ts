// `Mötesledare: Anna Ek` on a front page: who led the meeting, the chair. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the meeting leader', () => {
  it('is the chair', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte', '', 'Datum: 2023-03-14', '',
        'Ledamöter', 'Anna Ek (S)', 'Per Ås (M)', '',
        'Mötesledare: Anna Ek', 'Sekreterare: Maria Berg', 'Justerare: Per Ås', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Maria Berg'], adjusters: ['Per Ås'] });
  });
});
