// `finsam schema`: the output contract as JSON Schema.
import type { Io } from '../io.js';
import { write } from '../io.js';

export async function schemaCommand(io: Io): Promise<number> {
  const { jsonSchema } = await import('../../schema/json-schema.js');
  await write(io.stdout, JSON.stringify(jsonSchema(), null, 2) + '\n');
  return 0;
}
