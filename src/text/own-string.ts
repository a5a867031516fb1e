// A line's strings as strings of their own. What normalise makes of a source is mostly slices of it and joins of its
// pieces, and V8 keeps each under a kind of its own (sliced, cons, sequential; one-byte or two-byte): seven kinds
// over the bench corpus's lines. Every `.length`, `.charCodeAt`, `.includes` or pattern that later reads a line then
// meets several kinds at one place in the code and takes its slowest path (a reader of each line cost about 1.5× as
// much). A copy is sequential, one kind for the lines of a text. The characters are the same: nothing read changes.

// (V8 makes no slice or join shorter than this: a shorter string is sequential already)
const SHORTEST_SLICE = 13;

/** The same characters in a sequential string of their own. */
export function ownString(s: string): string {
  // (a join of two parts builds a new string; a slice alone or a concatenation would give a slice or a join again)
  return s.length < SHORTEST_SLICE ? s : [s.slice(0, 1), s.slice(1)].join('');
}
