// A transcript runs a § on with no stops: the case's text, another organ's proposal, then the organ deciding. The
// decision is read where the proposal before it is told in a clause of its own by another organ (`Arbetsutskottet
// föreslår att …`) or is a noun of the case's text (`… ett förslag till budget`, `… godkänner förslaget`); a heading of a
// proposal right before the organ (`Arbetsutskottets förslag Nämnden beslutar att …`) still makes its clause the
// proposal. Every text is invented.
import { describe, expect, it } from 'vitest';
import { runOnDecision } from '../../src/parse/decisions/decides.js';

const at = (text: string): string | null => {
  const d = runOnDecision(text, null);
  return d ? text.slice(d.at) : null;
};

describe('a decision run on after a proposal in a flattened §', () => {
  it('reads it after another organ’s proposal told in a clause of its own', () => {
    expect(at('Kansliet har tagit fram budgeten Arbetsutskottet föreslår att styrelsen godkänner förslaget Styrelsen beslutar att godkänna budgeten för 2019')).toBe(
      'Styrelsen beslutar att godkänna budgeten för 2019',
    );
  });

  it('reads it after a proposal the case’s text speaks of, as another body writes it', () => {
    expect(at('Förvaltningen har tagit fram ett förslag till taxa Miljönämnden beslutar att anta taxan')).toBe('Miljönämnden beslutar att anta taxan');
  });

  it('leaves the clause under a proposal’s heading, the proposal', () => {
    expect(at('Ärendet har beretts Arbetsutskottets förslag Nämnden beslutar att anta taxan')).toBeNull();
    expect(at('Ärendet har beretts Förslag till nämnden Nämnden beslutar att anta taxan')).toBeNull();
  });

  it('leaves a decision the same organ proposed', () => {
    expect(at('Nämnden föreslår att fullmäktige antar taxan Nämnden beslutar att överlämna ärendet')).toBeNull();
  });
});
