import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { datasetJsonSchema } from '../../src/data/jsonSchema';

describe('data/schema.json', () => {
  it('is the schema generated from the zod definitions (run npm run gen-schema when this fails)', () => {
    const committed = readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(datasetJsonSchema());
  });

  it('lets an editor flag a misspelt key: objects accept no extra keys', () => {
    const schema = JSON.parse(datasetJsonSchema()) as { properties: { places: { items: { additionalProperties: boolean } } } };
    expect(schema.properties.places.items.additionalProperties).toBe(false);
  });
});
