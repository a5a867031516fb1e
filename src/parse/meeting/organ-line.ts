// A city's web page of one case (`Ärende 7. / 142 §`, the title, then `Helsingfors
// stadsfullmäktige` above `Beslut`): the organ that decided stands on a line of its own under
// the title, a town's name before the organ's, and nothing else says whose meeting it was.
import type { Line } from '../../text/line.js';
import { findBody, publicBodyOfOrgan } from './organisation.js';

// a town and its organ, two or three words, nothing after
const MAX_WORDS = 3;
const MAX_LENGTH = 60;

/** The organisation and body of the first line under the item's heading that is a town's organ alone, or null. */
export function organLine(lines: readonly Line[], from: number, to: number): { organisation: string; body: string } | null {
  for (let i = from; i < to; i++) {
    const text = lines[i]!.flat.trim();
    if (text === '' || text.length > MAX_LENGTH || text.split(' ').length > MAX_WORDS) continue;
    const town = publicBodyOfOrgan(text);
    const body = town?.index === 0 ? findBody(text) : null;
    if (town && body && body.index > 0) return { organisation: town.name, body: body.body };
  }
  return null;
}
