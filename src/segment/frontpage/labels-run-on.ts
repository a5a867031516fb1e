// A list's heading left empty and the next rows' labels flattened after it on one line
// (`Övriga Justering Justerande Plats och tid Pär Johns (L)`): the labels after the heading
// are labels of their own, which take the value after them; the heading takes nothing.
import { labelAt, type LabelHit } from '../../text/labels.js';

/**
 * The labels that open the text after a list's heading, in order, none of them a list's own
 * heading: two at least, or one that is no signer's word (`Sekreterare Eva Ek` among the others
 * is a position before a name). [] when the text opens otherwise.
 */
export function labelsRunOn(text: string): LabelHit[] {
  const heads: LabelHit[] = [];
  let rest = text;
  for (let head = labelAt(rest); head && head.length > 0 && head.field !== 'participants'; head = labelAt(rest)) {
    heads.push(head);
    rest = rest.slice(head.length).trimStart();
  }
  return heads.length >= 2 || (heads.length === 1 && heads[0]!.weak !== true) ? heads : [];
}
