// npm run gen-schema: writes data/schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/data/jsonSchema';

const out = fileURLToPath(new URL('../data/schema.json', import.meta.url));
writeFileSync(out, datasetJsonSchema());
console.log(`wrote ${out}`);
