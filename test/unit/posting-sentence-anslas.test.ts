// Minutes signed label over name (`Ordförande` / `Anna Holm`, …) after their last § and closed by
// sentences of posting and keeping (`Protokollet anslås på förbundets webbplats 2025-03-20 – 2025-04-11.`,
// `Protokollet förvaras hos …`): the signers, the posting's range and the place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a posting said with `anslås`', () => {
  const s = meetingDoc(
    text(
      'PROTOKOLL', 'Förbundsstyrelsen', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      'Ordförande', 'Anna Holm', '', 'Justerare', 'Bo Ek', '', 'Sekreterare', 'Gustav Lind', '',
      'Protokollet anslås på förbundets webbplats 2025-03-20 – 2025-04-11.', 'Protokollet förvaras hos förbundets kansli, Storgatan 4, Östby.',
    ),
  ).signatures;

  it('reads the signers above it', () => {
    expect(s).toMatchObject({ chair: ['Anna Holm'], adjusters: ['Bo Ek'], secretary: ['Gustav Lind'] });
  });

  it('reads the posting range and where the minutes are kept', () => {
    expect(s?.posted).toEqual({ from: '2025-03-20', to: '2025-04-11' });
    expect(s?.storedAt).toBe('förbundets kansli, Storgatan 4, Östby');
  });
});
