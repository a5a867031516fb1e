// Minutes that end with their signers one a line and no label over them (`Okke Sand, ordförande` /
// `Lisa Dahl, justerare`), the adjustment and the posting said around them (`Protokollet justerat
// 2025-02-11`, `Anslaget uppsatt 2025-02-12, nedtas 2025-03-06`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('signers with their role after the name, at the end of the minutes', () => {
  const doc = meetingDoc(
    text(
      'Protokoll fört vid sammanträde med förbundsstyrelsen i Samordningsförbundet Sjöby tisdagen den 4 februari 2025 kl. 13.30–16.00 i förbundets lokaler, Hamngatan 2, Sjöby.',
      'Närvarande ledamöter: Okke Sand (S), ordförande, Lisa Dahl (M), Wiremu Berg (C)', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      '§ 2 Budget 2026', 'Styrelsen beslutar att godkänna budgeten.', '',
      'Protokollet justerat 2025-02-11',
      'Okke Sand, ordförande',
      'Lisa Dahl, justerare',
      'Petra Ek, sekreterare',
      'Anslaget uppsatt 2025-02-12, nedtas 2025-03-06',
    ),
  );

  it('reads each line as a signer with the role after the name', () => {
    expect(doc.signatures?.chair).toEqual(['Okke Sand']);
    expect(doc.signatures?.adjusters).toEqual(['Lisa Dahl']);
    expect(doc.signatures?.secretary).toEqual(['Petra Ek']);
  });

  it('reads the adjustment and the posting around them, `nedtas` as the day it comes down', () => {
    expect(doc.signatures?.adjustedOn).toBe('2025-02-11');
    expect(doc.signatures?.posted).toEqual({ from: '2025-02-12', to: '2025-03-06' });
  });

  it('ends the last § before them', () => {
    expect(doc.items.at(-1)?.text).toBe('Styrelsen beslutar att godkänna budgeten.');
  });
});

describe('a participant written `Name, role` in the header is no signer', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen, Samordningsförbundet Sjöby', 'Datum: 2025-02-04', '',
      'Närvarande:', 'Okke Sand, ordförande', 'Lisa Dahl, sekreterare', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      '§ 2 Budget 2026', 'Styrelsen beslutar att godkänna budgeten.',
    ),
  );

  it('finds no signers (the list’s secretary is the secretary)', () => {
    // (no signing names a secretary: `Lisa Dahl, sekreterare` among those present is, SCHEMA's `sekreterare`; the chair
    // is none, for no one signs)
    expect(doc.signatures).toMatchObject({ chair: [], secretary: ['Lisa Dahl'], adjusters: [] });
  });
});
