// A tool as tools/list shows it: its hints and its input's JSON Schema, lean for the model's context.
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { Tool as ListedTool, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { Endpoint, EndpointData } from '../endpoint.js';
import {
  applicableDefaults,
  CONFIRM_DESCRIPTION,
  describedWithDefault,
  hintsOf,
  takesConfirm,
  type Defaults,
  type Tool,
} from './define.js';

type Hints = Required<Pick<ToolAnnotations, 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint'>>;

/**
 * The hints as listed: readOnlyHint, destructiveHint and openWorldHint always explicit (app directories require the
 * three), idempotentHint only where MCP gives it meaning and it differs from its default: on a write, when true.
 */
export function listedHints(hints: Hints): ToolAnnotations {
  const { readOnlyHint, destructiveHint, idempotentHint, openWorldHint } = hints;
  return {
    readOnlyHint,
    destructiveHint,
    ...(!readOnlyHint && idempotentHint ? { idempotentHint } : {}),
    openWorldHint,
  };
}

/**
 * The tool as tools/list shows it, kept lean for the model's context: the input's JSON Schema without `$schema`,
 * with every field inline and without what only validation needs, and no title repeated inside the annotations.
 */
export function listingOf(tool: Tool): ListedTool {
  const { name, title, description } = tool.endpoint;
  const inputSchema = listedInputSchema(tool.schema);
  return { name, title, description, inputSchema, annotations: listedHints(hintsOf(tool.endpoint)) };
}

type JsonObjectSchema = { properties: Record<string, { description?: string }>; required?: string[] };

/** An endpoint's own input as JSON Schema, before defaults and confirm: what the build's schema cache holds. */
export function rawInputSchema(endpoint: Endpoint): ListedTool['inputSchema'] {
  return listedInputSchema(z.object(endpoint.input).strict());
}

/**
 * The same listing as listingOf(defineTool(…)), from the endpoint's raw input schema converted ahead of time: the
 * defaults and confirm applied to the JSON as defineTool applies them to the zod shape, without building any zod.
 * A test holds the two equal for every endpoint.
 */
export function listingFromRaw(endpoint: EndpointData, defaults: Defaults, raw: ListedTool['inputSchema']): ListedTool {
  const cached = raw as unknown as JsonObjectSchema;
  const required = cached.required ?? [];
  const applicable = applicableDefaults(defaults, (key) => required.includes(key));
  const confirm = takesConfirm(endpoint);
  // The cache's own object when nothing changes (most tools), else a copy of the parts that change: the cache is
  // shared, and copying every schema was a good part of a start's listing.
  let schema = cached;
  if (applicable.length || confirm) {
    schema = { ...cached, properties: { ...cached.properties } };
    for (const [key, value] of applicable) {
      schema.required = schema.required!.filter((k) => k !== key);
      const property = schema.properties[key];
      schema.properties[key] = { ...property, description: describedWithDefault(property.description, value) };
    }
    if (schema.required?.length === 0) delete schema.required;
    if (confirm)
      schema.properties.confirm = { type: 'boolean', description: CONFIRM_DESCRIPTION } as { description: string };
  }
  const { name, title, description } = endpoint;
  return {
    name,
    title,
    description,
    inputSchema: schema as unknown as ListedTool['inputSchema'],
    annotations: listedHints(hintsOf(endpoint)),
  };
}

export function inputJsonSchema(schema: z.ZodTypeAny): ListedTool['inputSchema'] {
  const { $schema: _, ...json } = zodToJsonSchema(schema, { $refStrategy: 'none', strictUnions: true }) as Record<
    string,
    unknown
  >;
  return json as ListedTool['inputSchema'];
}

/**
 * Checks validation makes anyway, refusing with the field's name, that tell a model little for the bytes they cost
 * in every listing: no unknown keys, lower bounds (ids are positive, names not empty) and patterns.
 */
const CHECKED_NOT_LISTED = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'pattern']);
/** Where JSON Schema nests schemas: one, a list of them, or a map of them. */
const ONE = ['items', 'additionalProperties', 'not'];
const MANY = ['anyOf', 'oneOf', 'allOf', 'items'];
const BY_NAME = ['properties', 'patternProperties'];

/** A catalogued tool's input as listed: its JSON Schema without what only validation needs. */
export function listedInputSchema(schema: z.ZodTypeAny): ListedTool['inputSchema'] {
  return withoutChecks(inputJsonSchema(schema)) as ListedTool['inputSchema'];
}

/** JSON Schema's own defaults spelled out: any further property, any item. */
function saysNothing(key: string, value: unknown): boolean {
  const anything = value === true || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  return (key === 'additionalProperties' || key === 'items') && anything;
}

function withoutChecks(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const lean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    const unknownKeysRefused = key === 'additionalProperties' && value === false;
    if (CHECKED_NOT_LISTED.has(key) || unknownKeysRefused || saysNothing(key, value)) continue;
    if (MANY.includes(key) && Array.isArray(value)) lean[key] = value.map(withoutChecks);
    else if (ONE.includes(key)) lean[key] = withoutChecks(value);
    else if (BY_NAME.includes(key) && value && typeof value === 'object') {
      lean[key] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, withoutChecks(inner)]));
    } else lean[key] = value;
  }
  return lean;
}
