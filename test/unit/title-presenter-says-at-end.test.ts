// A point whose title ends with who presents it and what they do, with no dash or comma before
// (`11. Enkät om måltider dietist Lars Ek informerar`, `4. Ekonomisk rapport Karin Lund redogör`),
// as nämnd notices write them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { presenterInTitle } from '../../src/parse/items/title-presenter.js';

describe('a presenter and their verb ending the title', () => {
  it('is the presenter and no part of the title', () => {
    expect(presenterInTitle('Enkät om måltider på särskilt boende dietist Lars Ek informerar')).toEqual({ title: 'Enkät om måltider på särskilt boende', presenter: 'Lars Ek' });
    expect(presenterInTitle('Ekonomisk rapport Karin Lund redogör')).toEqual({ title: 'Ekonomisk rapport', presenter: 'Karin Lund' });
  });

  it('leaves a title that is what a position does, or names no known person', () => {
    expect(presenterInTitle('Kommundirektören informerar')).toBeNull();
    expect(presenterInTitle('Förbundschefen informerar')).toBeNull();
    expect(presenterInTitle('Region Kustlandet informerar')).toBeNull();
    expect(presenterInTitle('Karin Lund informerar')).toBeNull();
  });
});
