// Finnish and Åland minutes print a § title in capitals; a transcript that flattened the page runs the body on
// after it, and where the body's subject (the organ's name in its own column) was lost the body opens in lower
// case (`DELGIVNINGAR antecknar följande …`): the title ends with its capitals, keeping one word in lower case
// after a comma that qualifies it (`FÖREDRAGNINGSLISTAN, godkännande`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';

describe('a title in capitals run on with a body in lower case', () => {
  it('ends the title where its capitals end', () => {
    expect(splitInlineTitle('MEDDELANDEN antecknar följande handlingar för kännedom: Brev från länet om bidrag.').title).toBe('MEDDELANDEN');
    expect(splitInlineTitle('ÄRENDELISTAN, fastställande godkänner listan med ett tillägg.').title).toBe('ÄRENDELISTAN, fastställande');
    expect(splitInlineTitle('VAL AV REVISORER utser två revisorer för året.').title).toBe('VAL AV REVISORER');
  });

  it('leaves a short acronym and a title in small letters as they were', () => {
    expect(splitInlineTitle('FINSAM medel för året Styrelsen beslutar att godkänna.').title).toBe('FINSAM medel för året');
    expect(splitInlineTitle('Budget för året Styrelsen beslutar att godkänna.').title).toBe('Budget för året');
  });
});
