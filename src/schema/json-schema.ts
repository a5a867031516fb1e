// The output contract as JSON Schema (draft 2020-12), generated from the zod schema.
import { z } from 'zod';
import './descriptions.js';
import { ParseResultSchema } from './result.js';

export function jsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ParseResultSchema, { target: 'draft-2020-12' }),
    title: 'finsam ParseResult v1',
  };
}
