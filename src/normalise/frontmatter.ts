// YAML front matter (`---` / `key: value` … / `---` at the top of a file), which converters
// such as Markdown exporters put before the document: their own metadata (source URL,
// checksum, conversion quality), not part of the minutes. Its lines are kept as blank
// lines, so every later line keeps its number.

const FENCE = /^(?:---|\.\.\.)\s*$/;
const YAML_LINE = /^(?:[\w.-]{1,40}\s*:(?:\s.*)?|\s*-\s.*|\s+\S.*|\s*#.*|\s*)$/u;
// front matter is short; a `---` further down is a rule in the document
const MAX_LINES = 120;

/** How many physical lines at the start of the file are front matter (0 when none). */
export function frontMatterLength(physical: readonly string[]): number {
  if (physical.length < 3 || physical[0]!.trim() !== '---') return 0;
  let keys = 0;
  for (let n = 1; n < Math.min(physical.length, MAX_LINES); n++) {
    const line = physical[n]!;
    if (FENCE.test(line)) return keys >= 2 ? n + 1 : 0;
    if (!YAML_LINE.test(line)) return 0;
    if (/^[\w.-]{1,40}\s*:/u.test(line)) keys++;
  }
  return 0;
}
