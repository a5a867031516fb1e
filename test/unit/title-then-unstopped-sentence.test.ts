// A § title over a one-line text without its full stop (`§ 4 Mötets behöriga utlysande` / `Mötet ansågs behörigen
// utlyst`, `§ 18 Behandling av motioner` / `Inga motioner fanns att behandla`, `§ 4 Adjungerade` / `Jan-Erik var
// adjungerad`): the line under it is the text, its verb a copula or a strong one, not the title's second line.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (title: string, line: string) =>
  meetingDoc(text('Protokoll från årsmötet 2024', '', '§1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', `§2 ${title}`, line, '', '§3 Avslutning', 'Mötet avslutades.'));
const read = (title: string, line: string) => {
  const it = doc(title, line).items[1]!;
  return [it.title, it.text];
};

describe('a one-line text without its stop under a title', () => {
  it('`Mötet ansågs behörigen utlyst`', () => {
    expect(read('Mötets behöriga utlysande', 'Mötet ansågs behörigen utlyst')).toEqual(['Mötets behöriga utlysande', 'Mötet ansågs behörigen utlyst']);
  });

  it('`Inga motioner fanns att behandla`', () => {
    expect(read('Behandling av motioner', 'Inga motioner fanns att behandla')).toEqual(['Behandling av motioner', 'Inga motioner fanns att behandla']);
  });

  it('`Jan-Erik var adjungerad`', () => {
    expect(read('Eventuella adjungerade', 'Jan-Erik var adjungerad')).toEqual(['Eventuella adjungerade', 'Jan-Erik var adjungerad']);
  });

  it('a title set off as a block, its second line a name, stays one (guard)', () => {
    expect(read('Remiss från', 'Region Norrby om vårdavtal')).toEqual(['Remiss från Region Norrby om vårdavtal', '']);
  });
});
