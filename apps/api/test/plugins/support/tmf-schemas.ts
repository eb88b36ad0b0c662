import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// The TM Forum specifications vendored with the telecom plugin (plugins/telecom/standards), read as
// published: Swagger 2.0 (`#/definitions/...`) for v4, OpenAPI 3.0 (`#/components/schemas/...`) for TMF621 v5.

export const tmfFiles = {
  tmf620: 'tmf620-product-catalog.json',
  tmf621: 'tmf621-trouble-ticket.yaml',
  tmf622: 'tmf622-product-ordering.json',
  tmf635: 'tmf635-usage.json',
  tmf637: 'tmf637-product-inventory.json',
} as const;
export type TmfSpec = keyof typeof tmfFiles;

export const standardPath = (file: string) =>
  fileURLToPath(import.meta.resolve(`@crm/plugin-telecom/standards/${file}`));

export const sha256Of = (spec: TmfSpec) =>
  createHash('sha256')
    .update(readFileSync(standardPath(tmfFiles[spec])))
    .digest('hex');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parsed JSON or YAML is JSON data by construction; only its top level needs checking. */
const isDocument = (value: unknown): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function load(spec: TmfSpec): { [key: string]: Json } {
  const text = readFileSync(standardPath(tmfFiles[spec]), 'utf8');
  const doc: unknown = spec === 'tmf621' ? parse(text) : JSON.parse(text);
  if (!isDocument(doc)) throw new Error(`${spec} is not a document`);
  return doc;
}

/**
 * OpenAPI 3 polymorphism: a `oneOf` with a `discriminator.mapping` picks its branch by `@type`. JSON
 * Schema has no discriminator, and the branches (PartyRef, PartyRoleRef) accept each other's objects,
 * so a plain `oneOf` fails. Rewritten as "if @type is K then the schema K maps to", as OpenAPI means it.
 */
function dispatchDiscriminators(node: Json): Json {
  if (Array.isArray(node)) return node.map(dispatchDiscriminators);
  if (!isObject(node)) return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) out[key] = dispatchDiscriminators(value);
  const discriminator = out.discriminator;
  if (Array.isArray(out.oneOf) && isObject(discriminator) && isObject(discriminator.mapping)) {
    const property = typeof discriminator.propertyName === 'string' ? discriminator.propertyName : '@type';
    const mapping = Object.entries(discriminator.mapping);
    const branches: Json[] = mapping.map(([name, ref]) => ({
      if: { properties: { [property]: { const: name } }, required: [property] },
      then: { $ref: ref },
    }));
    out.allOf = [
      ...(Array.isArray(out.allOf) ? out.allOf : []),
      { required: [property], properties: { [property]: { enum: mapping.map(([name]) => name) } } },
      ...branches,
    ];
    delete out.oneOf;
  }
  return out;
}

/**
 * TMF637 v4 spells one ProductStatusType value `"aborted "` (trailing space). The plugin normalises it
 * to `aborted` (docs/decisions/telecom.md); this is the only change made to any
 * schema, and it fails loudly if the source ever changes.
 */
export function normaliseAborted(doc: { [key: string]: Json }): { [key: string]: Json } {
  const definitions = doc.definitions;
  const status = isObject(definitions) ? definitions.ProductStatusType : undefined;
  if (!isObject(status) || !Array.isArray(status.enum) || !status.enum.includes('aborted '))
    throw new Error('TMF637 ProductStatusType no longer has "aborted " — revisit the normalisation');
  status.enum = status.enum.map((value) => (value === 'aborted ' ? 'aborted' : value));
  return doc;
}

const addFormats = addFormatsModule.default;

/** An ajv instance with the five specifications, each under its id (`tmf620#/definitions/...`). */
export function tmfValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // Swagger 2 / OpenAPI formats JSON Schema does not define: the type alone decides.
  for (const format of ['int32', 'int64', 'float', 'double', 'base64']) ajv.addFormat(format, () => true);
  const docs: Record<TmfSpec, { [key: string]: Json }> = {
    tmf620: load('tmf620'),
    tmf621: load('tmf621'),
    tmf622: load('tmf622'),
    tmf635: load('tmf635'),
    tmf637: normaliseAborted(load('tmf637')),
  };
  for (const [id, doc] of Object.entries(docs)) {
    const prepared = dispatchDiscriminators(doc);
    if (isObject(prepared)) ajv.addSchema({ ...prepared, $id: id }, id);
  }
  const compiled = new Map<string, ValidateFunction>();
  const pointer = (spec: TmfSpec, name: string) =>
    spec === 'tmf621' ? `${spec}#/components/schemas/${name}` : `${spec}#/definitions/${name}`;

  /** The errors of `value` against the schema `name` of `spec` (empty when it conforms). */
  function errors(spec: TmfSpec, name: string, value: unknown): string[] {
    const ref = pointer(spec, name);
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: ref });
      compiled.set(ref, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }

  /** The property names the schema `name` declares, through `$ref` and `allOf`. */
  function declaredProperties(spec: TmfSpec, name: string): Set<string> {
    const doc = docs[spec];
    const found = new Set<string>();
    const resolve = (ref: string): Json | undefined => {
      let node: Json | undefined = doc;
      for (const part of ref.replace(/^#\//, '').split('/')) node = isObject(node) ? node[part] : undefined;
      return node;
    };
    const walk = (node: Json | undefined) => {
      if (!isObject(node)) return;
      if (typeof node.$ref === 'string') walk(resolve(node.$ref));
      if (isObject(node.properties)) for (const key of Object.keys(node.properties)) found.add(key);
      if (Array.isArray(node.allOf)) for (const part of node.allOf) walk(part);
    };
    walk(resolve(spec === 'tmf621' ? `#/components/schemas/${name}` : `#/definitions/${name}`));
    return found;
  }

  return { errors, declaredProperties };
}
