// A document whose result breaks the contract is kept as text, not lost with the file.
import { describe, expect, it } from 'vitest';
import { DocumentSchema, ParseResultSchema } from '../../src/index.js';
import { fallbackDocument } from '../../src/parse/fallback.js';
import { invalidDocuments } from '../../src/validate/validate.js';
import { linesOf, minutes, parseText } from './helpers.js';

describe('a document that breaks the contract', () => {
  const text = minutes({});
  const good = parseText(text);
  const broken = structuredClone(good);
  broken.documents[0]!.items[1]!.decisions[0]!.text = '';

  it('is found, with the reason', () => {
    expect(invalidDocuments(good)).toEqual([]);
    expect(invalidDocuments(broken)).toEqual([{ index: 0, message: expect.stringContaining('items.1.decisions.0.text') }]);
  });

  it('is kept as an `other` document with its text and a warning', () => {
    const kept = fallbackDocument(broken.documents[0]!, linesOf(text), 'items.1.decisions.0.text: too small');
    expect(DocumentSchema.parse(kept)).toMatchObject({ kind: 'other', title: 'PROTOKOLL', lines: good.documents[0]!.lines });
    expect(kept.text).toContain('Karin Lund väljs till justerare.');
    expect(kept.warnings).toEqual([expect.objectContaining({ code: 'document-unread', line: good.documents[0]!.lines.start })]);
    broken.documents[0] = kept;
    expect(ParseResultSchema.safeParse(broken).success).toBe(true);
  });
});
