// Elections as association minutes write them: how it went between the verb and the office
// (`Per Lind valdes enhälligt till justerare`), a re-election or a new one (`omvaldes`,
// `nyvaldes`, `återvaldes`), and the association's offices (`kassör`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Styrelsemöte i Föreningen Ekbacken', 'Datum: 2024-03-12', '');
const doc = (...body: string[]) => meetingDoc(minutes({ header: HEADER, items: text('§ 2 Val', '', ...body) }));
const decisions = (...body: string[]): [string | null, string][] => item(doc(...body), 2).decisions.map((d) => [d.by, d.text]);

describe('elections with a manner or a prefix', () => {
  it('valdes enhälligt till justerare: a decision, and the adjuster', () => {
    const d = doc('Per Lind valdes enhälligt till justerare.');
    expect(item(d, 2).decisions.map((x) => x.text)).toEqual(['Per Lind valdes enhälligt till justerare.']);
    expect(d.signatures?.adjusters).toEqual(['Per Lind']);
  });

  it('omvaldes, nyvaldes, återvaldes', () => {
    expect(decisions('Eva Holm omvaldes till kassör för ett år.')).toEqual([[null, 'Eva Holm omvaldes till kassör för ett år.']]);
    expect(decisions('Nils Ek nyvaldes till ledamot.')).toEqual([[null, 'Nils Ek nyvaldes till ledamot.']]);
    expect(decisions('Anna Berg återvaldes som ordförande.')).toEqual([[null, 'Anna Berg återvaldes som ordförande.']]);
  });

  it('the office first: Till kassör valdes', () => {
    expect(decisions('Till kassör valdes Eva Holm.')).toEqual([[null, 'Till kassör valdes Eva Holm.']]);
  });
});
