// `Vid protokollet Bo Lind Justeras Anna Ek Per Ås`: the signers' block flattened onto one line,
// each label before its names, no colon and no column gap between them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { minutesSignedWith } from './helpers.js';

const minutes = (...rows: string[]) => minutesSignedWith(...rows);

describe('the signers\' labels run on in one line', () => {
  it('reads each label\'s names', () => {
    const d = minutes('Vid protokollet Bo Lind Justeras Anna Ek Per Ås');
    expect(d.signatures?.secretary).toEqual(['Bo Lind']);
    expect(d.signatures?.adjusters).toContain('Per Ås');
    expect(d.items.at(-1)?.text).not.toContain('Vid protokollet');
  });

  it('reads the roles of labels of their own', () => {
    const d = minutes('Sekreterare Bo Lind Ordförande Anna Ek Justerare Per Ås');
    expect(d.signatures?.secretary).toEqual(['Bo Lind']);
    expect(d.signatures?.chair).toEqual(['Anna Ek']);
    expect(d.signatures?.adjusters).toEqual(['Per Ås']);
  });

  it('reads a role in a bracket after a name in the run', () => {
    const d = minutes('Vid protokollet Bo Lind Justeras Anna Ek (ordförande) Per Ås');
    expect(d.signatures?.secretary).toEqual(['Bo Lind']);
    expect(d.signatures?.chair).toEqual(['Anna Ek']);
    expect(d.signatures?.adjusters).toEqual(['Per Ås']);
  });

  it('leaves a sentence that names a signer\'s role mid-line', () => {
    const d = minutes('Ordförande Anna Ek tackade Sekreterare Bo Lind för året.');
    expect(d.signatures?.secretary ?? []).toEqual([]);
  });
});
