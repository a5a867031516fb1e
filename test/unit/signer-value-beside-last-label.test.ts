// Labels on lines of their own (`Utses att justera`, `Justeringens plats och tid`, `Underskrifter`) and
// then a signer's label with its name beside it (`Sekreterare: Tor Hall`): the name is the label's
// beside it, not the first label's of the run that takes people. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a signer’s name beside the last label of a run', () => {
  it('is that signer’s', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Plats och tid Rådhuset, kl 09:00-12:10', 'Beslutande Mats Berg (M), ordförande', 'Paula Sten (S)', 'Rolf Ek (S)',
        'Utses att justera', 'Justeringens plats och tid', 'Underskrifter', 'Sekreterare: Tor Hall', 'Ordförande: Mats Berg', 'Justerande: Paula Sten', '',
        '§ 115 Godkännande av dagordning', 'Dagordningen godkänns.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Mats Berg'], secretary: ['Tor Hall'], adjusters: ['Paula Sten'] });
  });
});
