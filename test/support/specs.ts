/// <reference types="vite/client" />
/**
 * Validates requests and responses against the providers' own OpenAPI documents (copied from ../shared/specs with
 * their `x-source`), so a fixture, an emulator answer or a request body cannot drift from the real API.
 */
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ProviderName } from '../../src/providers/providers.js';

export type Provider = ProviderName;
type Json = Record<string, unknown>;

/** Every spec in test/specs/, by provider: `<provider>.openapi.json` (a new provider's spec needs no line here). */
const specs = Object.fromEntries(
  Object.entries(import.meta.glob<Json>('../specs/*.openapi.json', { eager: true, import: 'default' })).map(
    ([path, spec]) => [/([^/]+)\.openapi\.json$/.exec(path)![1], spec],
  ),
) as Record<Provider, Json>;

// Auth0's vendor formats: identifiers are plain strings, except the https-only invitation URL.
const auth0Formats: Record<string, (s: string) => boolean> = {
  'client-id': () => true,
  'connection-id': () => true,
  'organization-id': () => true,
  'role-id': () => true,
  'ticket-id': () => true,
  'user-invitation-id': () => true,
  'strict-https-uri': (s) => /^https:\/\/[^\s]+$/.test(s),
};

function makeAjv(provider: Provider) {
  const options = { strict: false, allErrors: true, validateSchema: false } as const;
  const ajv = provider === 'auth0' ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as unknown as Ajv);
  for (const [name, fn] of Object.entries(auth0Formats)) ajv.addFormat(name, { type: 'string', validate: fn });
  ajv.addFormat('ulid', /^[0-9A-HJKMNP-TV-Z]{26}$/);
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  // OpenAPI 3.0 spells "may be null" as `nullable: true`, which plain JSON Schema does not know.
  ajv.addSchema(nullableToTypes(specs[provider]) as Json, 'spec');
  return ajv;
}

/** Rewrites OpenAPI 3.0 `nullable: true` into JSON Schema (`anyOf: [schema, {type: null}]`). */
function nullableToTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableToTypes);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable') out[k] = nullableToTypes(v);
  if ((node as Json).nullable === true) {
    if ('$ref' in out) return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
    const { enum: en, ...rest } = out;
    return { anyOf: [en ? { ...rest, enum: en } : rest, { type: 'null' }] };
  }
  return out;
}

const ajvs = new Map<Provider, ReturnType<typeof makeAjv>>();
const ajvFor = (p: Provider) => ajvs.get(p) ?? (ajvs.set(p, makeAjv(p)), ajvs.get(p)!);

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The spec path (e.g. `/organizations/{id}/invitations`) whose template matches the end of a URL's pathname. */
export function matchSpecPath(provider: Provider, url: string): string {
  const pathname = new URL(url, 'https://x.test').pathname;
  const paths = Object.keys((specs[provider] as { paths: Json }).paths);
  // Longest template first so `/{id}/revoke` beats `/{id}`.
  // …then literal segments before templates, so `/invitations/bulk` beats `/invitations/{invitation_id}`.
  const templates = (p: string) => (p.match(/\{/g) ?? []).length;
  const sorted = [...paths].sort((a, b) => b.split('/').length - a.split('/').length || templates(a) - templates(b));
  for (const path of sorted) {
    const re = new RegExp(path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\//g, '\\/') + '$');
    if (re.test(pathname)) return path;
  }
  throw new Error(`${provider}: no spec path matches ${pathname}`);
}

function validateAt(provider: Provider, pointer: string, data: unknown, what: string): void {
  const ajv = ajvFor(provider);
  const validate = ajv.getSchema(`spec#${pointer}`);
  if (!validate) throw new Error(`${provider}: the spec has no schema at ${pointer}`);
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    throw new Error(`${provider} ${what} does not match the spec (${pointer}): ${errors}\n${JSON.stringify(data)}`);
  }
}

function resolveRef(provider: Provider, node: Json): Json {
  let current = node;
  while (typeof current.$ref === 'string') {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce<Json>((n, p) => n[p.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, specs[provider]);
  }
  return current;
}

/** Throws unless `body` is a valid JSON request body for `method url` in the provider's spec. */
export function validateRequestBody(provider: Provider, method: string, url: string, body: unknown): void {
  const path = matchSpecPath(provider, url);
  const op = `/paths/${escapePointer(path)}/${method.toLowerCase()}`;
  const operation = (specs[provider] as { paths: Record<string, Json> }).paths[path][method.toLowerCase()] as Json;
  if (!operation) throw new Error(`${provider}: ${method} ${path} is not in the spec`);
  const requestBody = resolveRef(provider, operation.requestBody as Json);
  if (!requestBody) throw new Error(`${provider}: ${method} ${path} takes no body`);
  validateAt(provider, `${op}/requestBody/content/application~1json/schema`, body, `${method} ${path} request body`);
  void requestBody;
}

/** Throws unless every query parameter of `method url` is one the spec declares for it, with a valid value. */
export function validateQuery(provider: Provider, method: string, url: string): void {
  const path = matchSpecPath(provider, url);
  const item = (specs[provider] as { paths: Record<string, Json> }).paths[path];
  const operation = item[method.toLowerCase()] as Json | undefined;
  if (!operation) throw new Error(`${provider}: ${method} ${path} is not in the spec`);
  const declared = [...((item.parameters as Json[]) ?? []), ...((operation.parameters as Json[]) ?? [])]
    .map((p) => resolveRef(provider, p))
    .filter((p) => p.in === 'query');
  const ajv = ajvFor(provider);
  for (const [name, value] of new URL(url).searchParams) {
    // a deepObject parameter (`filter[state]`) is sent as its properties (`filter[state][eq]`)
    const parameter = declared.find(
      (p) => p.name === name || (p.style === 'deepObject' && name.startsWith(`${p.name}[`)),
    );
    if (!parameter) throw new Error(`${provider}: ${method} ${path} declares no query parameter ${name}`);
    let schema = resolveRef(provider, (parameter.schema as Json) ?? {});
    if (parameter.name !== name) {
      const property = /^\[([^\]]+)\]$/.exec(name.slice(String(parameter.name).length))?.[1];
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      if (!property || !properties[property])
        throw new Error(`${provider}: ${name} is not a property of ${parameter.name}`);
      schema = resolveRef(provider, properties[property]);
    }
    const itemSchema = schema.type === 'array' ? resolveRef(provider, schema.items as Json) : schema;
    const typed =
      itemSchema.type === 'integer' || itemSchema.type === 'number'
        ? Number(value)
        : itemSchema.type === 'boolean'
          ? value === 'true' || (value === 'false' ? false : value)
          : value;
    if (!ajv.validate(nullableToTypes(itemSchema) as Json, typed)) {
      throw new Error(`${provider}: ${name}=${value} does not match the spec of ${method} ${path}`);
    }
  }
}

/**
 * Throws unless the spec documents `status` for `method url` and `body` matches its JSON schema (a documented
 * response without a body, such as 204, must come with none).
 */
export function validateResponse(provider: Provider, method: string, url: string, status: number, body: unknown): void {
  const path = matchSpecPath(provider, url);
  const paths = (specs[provider] as { paths: Record<string, Json> }).paths;
  const operation = paths[path][method.toLowerCase()] as Json | undefined;
  if (!operation) throw new Error(`${provider}: ${method} ${path} is not in the spec`);
  const responses = operation.responses as Json;
  const key =
    String(status) in responses
      ? String(status)
      : `${String(status)[0]}XX` in responses
        ? `${String(status)[0]}XX`
        : 'default';
  if (!(key in responses)) throw new Error(`${provider}: ${method} ${path} does not document status ${status}`);
  const response = resolveRef(provider, responses[key] as Json);
  const content = response.content as Json | undefined;
  const json = content && (content['application/json'] ?? content['application/problem+json']);
  if (!json) {
    // Success without a schema (204) must come without a body. Error responses are often documented without their
    // body (Auth0 declares none for its {statusCode, error, message, errorCode}): check those with validateSchema.
    if (status < 400 && body !== undefined && body !== '') {
      throw new Error(`${provider}: ${method} ${path} ${status} must have no body`);
    }
    return;
  }
  // Point at the schema where the response is defined (its $ref target when it is shared).
  const ref = (responses[key] as Json).$ref as string | undefined;
  const base = ref ? ref.replace(/^#/, '') : `/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${key}`;
  const mediaType = content['application/json'] ? 'application~1json' : 'application~1problem+json';
  validateAt(provider, `${base}/content/${mediaType}/schema`, body, `${method} ${path} ${status} response`);
}

/** The schema at a JSON pointer of the spec, for one-off checks (e.g. `/components/schemas/OrganizationInvitation`). */
export function validateSchema(provider: Provider, pointer: string, data: unknown): void {
  validateAt(provider, pointer, data, pointer);
}
