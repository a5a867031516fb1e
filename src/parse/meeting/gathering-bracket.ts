// A gathering beside the meeting written in a bracket after the place (`Kommunhuset, Ekby (Gruppmöten kl 12.00)`,
// `Stadshuset (förmöte 08.30)`): its hours go with the meeting's, and the bracket's words are no part of the place.
import { SIDE_GATHERINGS } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { alternation } from '../../text/patterns.js';

const GATHERING_BRACKET = new RegExp(`\\(\\s*(?:${alternation(SIDE_GATHERINGS)})[^()]*\\)`, 'giu');
// (the words plain first: most places name no gathering)
const MAY_NAME_GATHERING = hintOf(SIDE_GATHERINGS);

/** The place without a bracket that names a gathering beside the meeting. */
export function withoutGatheringBracket(place: string): string {
  return place.includes('(') && MAY_NAME_GATHERING.test(place) ? place.replace(GATHERING_BRACKET, ' ') : place;
}
