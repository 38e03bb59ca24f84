// The JSON Schema for editors, generated from the zod schemas so that it can never disagree.
import { z } from 'zod';
import { DatasetSchema } from './schema';

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
  const titled = {
    ...schema,
    title: 'Maillage dataset',
    description: 'A workshop programme: event, sections, sessions, actors, people, places, relations, themes.',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
