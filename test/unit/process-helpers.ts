// Build the input of the decision-process readers the way buildItem does: a body's lines,
// its paragraphs split at body headings, and the decisions read from them.
import type { DocumentKind } from '../../src/index.js';
import { normalise } from '../../src/normalise/normalise.js';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { isBodyHeading } from '../../src/parse/decisions/roles.js';
import { readProcess, type Process } from '../../src/parse/process/index.js';
import { paragraphs } from '../../src/text/line.js';

export function processOf(body: string, kind: DocumentKind = 'minutes'): Process {
  const lines = normalise(body).lines;
  const paras = paragraphs(lines, isBodyHeading);
  return readProcess(paras, lines, kind, kind === 'notice' ? [] : findDecisions(paras));
}
