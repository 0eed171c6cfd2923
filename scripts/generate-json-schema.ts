/**
 * Writes schemas/org-manifest.schema.json, the JSON Schema of the manifest format, from the
 * language service's schema (see ./jsonSchema.ts). Run after changing the format:
 *   npx tsx scripts/generate-json-schema.ts
 * test/unit/schema/jsonSchema.test.ts fails when the committed file is out of step.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestJsonSchema } from './jsonSchema';

const SCHEMA_FILE = join(__dirname, '..', 'schemas', 'org-manifest.schema.json');

writeFileSync(SCHEMA_FILE, `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${SCHEMA_FILE}`);
