// An agenda a transcript flattened page by page, each page opening with its running header
// and counter glued to the page's text (`FÖREDRAGNINGSLISTA 2 (6) 6 Anmälningar …`). The header
// with its counter is one line, the text after it another: the agenda is one notice, not a
// document per page, and not minutes for the `protokoll` its points mention. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const text = [
  '1 FÖREDRAGNINGSLISTA 1 (6) Organ Plats Regionfullmäktige Fullmäktigesalen, Regionhuset, Ekstad Tidpunkt Tisdagen den 17 juni 2025, klockan 09.00 ' +
    '1 Sammanträdet öppnas 2 Närvaro Närvaron kontrolleras genom att ledamöterna loggar in i mötessystemet. 3 Utseende av två justerare att ' +
    'tillsammans med ordföranden justera dagens protokoll 4 Information Information från regiondirektören. 5 Sammanträdesdagar 2026 ' +
    'Fullmäktige föreslås sammanträda den 18 februari, 15 april och 17 juni.',
  '',
  '2 FÖREDRAGNINGSLISTA 2 (6) 6 Anmälningar Länsstyrelsens beslut anmäls. 7 Årsredovisning 2024 Regionstyrelsen föreslår fullmäktige att godkänna årsredovisningen.',
  '',
].join('\n');

describe('a running header with its counter glued to the page', () => {
  it('reads one notice with every point of both pages', () => {
    const { documents } = parse(text);
    expect(documents.map((d) => [d.kind, d.title])).toEqual([['notice', 'FÖREDRAGNINGSLISTA']]);
    expect(documents[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(documents[0]!.items[6]!.title).toBe('Årsredovisning 2024');
    expect(documents[0]!.meeting).toMatchObject({ body: 'regionfullmäktige', date: '2025-06-17', startTime: '09:00' });
  });
});
