// A notice that closes with its greeting and its signer on one line (`Välkomna! Per Holm,
// ordförande`), on a line of its own or run on after the last point of a page flattened onto one
// line: the signer is the notice's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a notice\'s signer on the greeting\'s line', () => {
  it('on a line of its own', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Styrelsen för Samordningsförbundet Åsdal', 'Tid: 2026-05-07 kl. 13.00', 'Plats: Förbundets kansli', '', '1. Mötets öppnande', '2. Budget 2027', '3. Mötets avslutande', '', 'Välkomna! Per Holm, ordförande'),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Per Holm'], secretary: [], adjusters: [] });
  });

  it('run on after the last point, the role after the name without a comma', () => {
    const doc = meetingDoc(
      text('KALLELSE Styrelsen för Samordningsförbundet Åsdal Tid: 2026-05-07 kl. 13.00 Plats: Förbundets kansli Dagordning 1. Mötets öppnande 2. Val av justerare 3. Budget 2027 4. Mötets avslutande Varmt välkomna! Stina Berg Ordförande'),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Stina Berg'] });
    expect(doc.items.at(-1)!.title).toBe('Mötets avslutande');
  });

  it('takes no signer from a greeting with no name after it', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Styrelsen för Samordningsförbundet Åsdal', 'Tid: 2026-05-07 kl. 13.00', 'Plats: Förbundets kansli', '', '1. Mötets öppnande', '2. Mötets avslutande', '', 'Välkomna! Anmäl förhinder till kansliet.'),
    );
    expect(doc.signatures).toBeNull();
  });
});
