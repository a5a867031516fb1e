// Consistency warnings: what one part of the minutes contradicts in another.
import { describe, expect, it } from 'vitest';
import { lineNo, meetingDoc, minutes, text } from './helpers.js';

const signatures = (adjuster: string): string => text('', 'Justerare', '______', adjuster, '', 'Ordförande', '______', 'Anna Andersson');
const codes = (t: string): string[] => meetingDoc(t).warnings.map((w) => w.code);

describe('adjuster-mismatch', () => {
  it('warns when the adjuster elected is not the one who signs', () => {
    const t = minutes({ after: signatures('Olle Ek') });
    expect(meetingDoc(t).warnings).toContainEqual(expect.objectContaining({ code: 'adjuster-mismatch', line: lineNo(t, 'väljs till justerare') }));
  });

  it('is quiet when they agree', () => {
    expect(codes(minutes({ after: signatures('Karin Lund') }))).not.toContain('adjuster-mismatch');
  });
});

describe('paragraph-range-mismatch', () => {
  const header = (range: string): string => text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Väst', 'Datum: 2023-03-15', `Paragrafer ${range}`, '');
  it('warns when the declared range does not cover the items', () => {
    expect(codes(minutes({ header: header('§§ 1-5') }))).toContain('paragraph-range-mismatch');
  });

  it('is quiet when it does', () => {
    expect(codes(minutes({ header: header('§§ 1-3') }))).not.toContain('paragraph-range-mismatch');
  });
});
