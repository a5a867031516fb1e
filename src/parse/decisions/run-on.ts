// What runs on after a decision in its own text and is none of it: where it is sent (distribution.ts), who
// carries it out (actions.ts), the note that the § was adjusted at once (remarks.ts), an attachment's heading
// (attachment-after.ts) and a sentence that explains the decision (remarks.ts, asked of every text: it looks only
// after a full stop). Each reader cuts it off only where its words stand; one plain test of all their words comes
// first, as most decisions hold none, and then none of the four is asked.
import { MAY_ACT, withoutActions } from './actions.js';
import { MAY_DISTRIBUTE, withoutDistribution } from './distribution.js';
import { MAY_ADJUSTED, withoutExplanation, withoutRemarks } from './remarks.js';
import { MAY_ATTACH, withoutAttachmentHeading } from './attachment-after.js';

// each reader's own test, as one pattern with the `i` flag: it finds whatever any of them finds (the actions'
// capitalised labels in any case too), and a text none of them finds a word in comes back as it is
const MAY_RUN_ON = new RegExp([MAY_DISTRIBUTE, MAY_ACT, MAY_ADJUSTED, MAY_ATTACH].map((re) => re.source).join('|'), 'i');

/** A decision's text without the distribution note, the action labels, the adjusting note, an attachment's heading and an explanation run on after it. */
export const withoutRunOn = (text: string): string =>
  withoutExplanation(MAY_RUN_ON.test(text) ? withoutAttachmentHeading(withoutRemarks(withoutActions(withoutDistribution(text)))) : text);
