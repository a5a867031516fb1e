// Minutes that say on the line before their signers that, and when, they were adjusted
// (`Digitalt justerad 2025-03-19` / `Anna Holm, ordförande` / `Bo Ek, justerare`): the day is the
// adjustment's, though the line stands right after the last §'s text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signed = (adjusted: string) =>
  meetingDoc(
    text('PROTOKOLL', 'Förbundsstyrelsen', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', adjusted, 'Anna Holm, ordförande', 'Bo Ek, justerare'),
  );

describe('the adjustment said before the signers', () => {
  it('reads `Digitalt justerad` and its day', () => {
    const doc = signed('Digitalt justerad 2025-03-19');
    expect(doc.signatures?.adjustedOn).toBe('2025-03-19');
    expect(doc.signatures?.chair).toEqual(['Anna Holm']);
    expect(doc.items[0]?.text).toBe('Ordföranden öppnar mötet.');
  });

  it('reads `Protokollet justerat digitalt den …`', () => {
    expect(signed('Protokollet justerat digitalt den 19 mars 2025').signatures?.adjustedOn).toBe('2025-03-19');
  });
});
