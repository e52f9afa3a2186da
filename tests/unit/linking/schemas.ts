/** Validators of docs/schemas/*.json (JSON Schema 2020-12, Ajv strict mode), shared by unit and e2e tests. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });

/** A validator: the list of errors (empty when valid), each as `path message`. */
export type Check = (value: unknown) => string[];

/** Compiles `docs/schemas/<name>.schema.json`. */
export function schemaCheck(name: 'oembed'): Check {
  const schema = JSON.parse(readFileSync(new URL(`../../../docs/schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
}
