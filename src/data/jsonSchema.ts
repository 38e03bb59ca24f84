// The JSON Schema for editors, generated from the zod schemas so that it can never disagree.
import { z } from 'zod';
import { built } from './lazySchema';
import { DatasetSchema, LocalizedSchema } from './schema';

export function datasetJsonSchema(): string {
  // The schema itself, as it appears inside the others (not its stand-in: see lazySchema.ts).
  const localized = built(LocalizedSchema);
  const schema = z.toJSONSchema(DatasetSchema, {
    io: 'input',
    unrepresentable: 'any',
    // A text needs one language at least: say so to editors, as the zod refinement does.
    override: (ctx) => {
      if (ctx.zodSchema === localized) ctx.jsonSchema.anyOf = [{ required: ['fr'] }, { required: ['en'] }];
    },
  });
  const titled = {
    ...schema,
    title: 'Maillage dataset',
    description:
      'A network of actors and relations, with its places, its own vocabulary of kinds and scales, and optionally a workshop programme (sections, sessions, people, themes).',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
