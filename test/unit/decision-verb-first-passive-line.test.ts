// A point whose text is one line that opens with its verb in the passive (`Fastställdes`, `Valdes Bo Ek och
// Siv Al`, `Beslutades att …`), as terse annual minutes write it right under the heading, with no blank line
// between: the point's text, not the rest of its title, and a decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'Protokoll från årsmötet 2021',
    '',
    '§1 Mötets öppnande',
    'Årsmötet öppnades av ordförande Kim Lax',
    '§2 Val av två justerare',
    'Valdes Bo Ek och Siv Al',
    '§3 Fastställande av resultaträkningen',
    'Fastställdes',
    '§4 Medlemsavgift',
    'Beslutades att avgiften blir oförändrad',
    '§5 Avslutning',
    'Ordföranden tackade för visat intresse.',
  ),
);
const read = (n: number) => [item(doc, n).title, item(doc, n).decisions.map((d) => d.text)];

describe('a point’s one line that opens with its passive verb', () => {
  it('an election with the verb first', () => {
    expect(read(2)).toEqual(['Val av två justerare', ['Valdes Bo Ek och Siv Al']]);
  });

  it('the verb alone', () => {
    expect(read(3)).toEqual(['Fastställande av resultaträkningen', ['Fastställdes']]);
  });

  it('the verb and its clause', () => {
    expect(read(4)).toEqual(['Medlemsavgift', ['Beslutades att avgiften blir oförändrad']]);
  });
});
