/** Prints the typed client's types for the committed document (used by apps/api/test/openapi.spec.ts). */
import { readFileSync } from 'node:fs';
import { renderClientSchema } from './api-client';
import { OPENAPI_FILE } from './openapi';

renderClientSchema(readFileSync(OPENAPI_FILE, 'utf8')).then(
  (schema) => process.stdout.write(schema),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
