// A scenario's interface as a tool's input and output schemas. Everything here comes from the Make account, so it
// is untrusted: a scenario's name and description reach the model only cut short, without control characters, quotes
// or markup (account-text.ts), and framed as the account's label; field names become plain property names and are
// mapped back to Make's own when sending.
import { z } from 'zod';
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import { inputJsonSchema, listedHints } from '../pipeline/listing.js';
import { accountText, propertyName } from './account-text.js';

export const SCENARIO_TOOL_PREFIX = 'run_scenario_';

/** Deeper than any real interface; below it a value is passed as it is and Make checks it. */
const MAX_DEPTH = 5;
const NAME_CHARS = 60;
const DESCRIPTION_CHARS = 160;
const FIELD_CHARS = 120;
const DATE_EXAMPLE = '2026-01-31 or 2026-01-31T09:00:00Z';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const HINTS = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };
const STATUSES = ['SUCCESS', 'WARNING', 'RUNNING', 'UNKNOWN'] as const;

/** A field of a scenario interface as Make gives it; every part may be missing or of another type. */
interface Field {
  name?: unknown;
  type?: unknown;
  required?: unknown;
  default?: unknown;
  label?: unknown;
  help?: unknown;
  spec?: unknown;
  options?: unknown;
}

/** One field's two names, and the fields inside its value (a collection, or each item of an array of them). */
interface FieldMap {
  make: string;
  safe: string;
  inner?: FieldMap[];
}

type Side = 'input' | 'output';

/** Where in an interface a field is: its side, how deeply nested, and the words naming its parents for messages. */
interface Place {
  side: Side;
  depth: number;
  where: string;
}

/** The interface cannot become a tool; the scenario is skipped with this reason on stderr. */
export class Unmappable extends Error {}

function fieldsSchema(spec: unknown, { side, depth, where }: Place): { shape: z.ZodRawShape; maps: FieldMap[] } {
  const entries: [string, z.ZodTypeAny][] = [];
  const maps: FieldMap[] = [];
  const seen = new Map<string, string>();
  for (const field of (Array.isArray(spec) ? spec : []) as Field[]) {
    if (!field || typeof field.name !== 'string' || field.name === '')
      throw new Unmappable(`an ${side} field${where} has no name`);
    const safe = propertyName(field.name);
    const other = seen.get(safe);
    if (other !== undefined) {
      const both = `${JSON.stringify(other)} and ${JSON.stringify(field.name)}`;
      throw new Unmappable(`the ${side} fields ${both}${where} both become the property ${safe}`);
    }
    if (safe === '__proto__') throw new Unmappable(`the ${side} field __proto__${where} cannot be a property`);
    seen.set(safe, field.name);
    const { schema, inner } = typeOf(field, { side, depth, where: `${where} in ${JSON.stringify(field.name)}` });
    // Inputs keep Make's required flag, except where Make fills in a default. Outputs are named and described, not
    // checked: the client checks structuredContent against the outputSchema, and a value in another shape than
    // declared (a number as text, null) must not turn a run that happened into an error the model may run again.
    const required = side === 'input' && field.required === true && field.default == null;
    const described = describe(side === 'input' ? schema : z.unknown(), field, side);
    entries.push([safe, required ? described : described.optional()]);
    maps.push({ make: field.name, safe, inner });
  }
  return { shape: Object.fromEntries(entries), maps };
}

/** Make's interface field type → zod (see the README's mapping table), and the names inside it. */
function typeOf(field: Field, { side, depth, where }: Place): { schema: z.ZodTypeAny; inner?: FieldMap[] } {
  if (depth >= MAX_DEPTH) return { schema: z.unknown() };
  switch (field.type) {
    case 'text':
    case 'json': // JSON text, as Make takes it
      return { schema: z.string() };
    case 'number':
      return { schema: z.number() };
    case 'boolean':
      return { schema: z.boolean() };
    case 'date':
      return { schema: z.string().regex(ISO_DATE, `expected an ISO 8601 date, e.g. ${DATE_EXAMPLE}`) };
    case 'select':
      return { schema: selectSchema(field.options) };
    case 'array': {
      // the item's type is one field, or the fields of a collection
      const item = Array.isArray(field.spec) ? { type: 'collection', spec: field.spec } : field.spec;
      if (!item || typeof item !== 'object') return { schema: z.array(z.unknown()) };
      const inner = typeOf(item as Field, { side, depth: depth + 1, where });
      return { schema: z.array(inner.schema), inner: inner.inner };
    }
    case 'collection': {
      if (!Array.isArray(field.spec) || field.spec.length === 0) return { schema: z.record(z.unknown()) }; // Make takes any
      const { shape, maps } = fieldsSchema(field.spec, { side, depth: depth + 1, where });
      return { schema: z.object(shape).strict(), inner: maps };
    }
    default: // dynamicCollection and types we do not know: passed as they are, Make checks them
      return { schema: z.unknown() };
  }
}

/** The options' values as an enum, unless one of them is not plain text a model may safely be shown. */
function selectSchema(options: unknown): z.ZodTypeAny {
  const values = (Array.isArray(options) ? options : []).map((o: { value?: unknown } | null) => o?.value);
  const plain = values.length > 0 && values.every((v) => typeof v === 'string' && v !== '' && accountText(v, 64) === v);
  return plain ? z.enum([...new Set(values as string[])] as [string, ...string[]]) : z.string();
}

function describe(schema: z.ZodTypeAny, field: Field, side: Side): z.ZodTypeAny {
  // an output's declared type is said in words; an input's is its schema
  const type = side === 'output' ? accountText(field.type, 20) : field.type === 'date' ? 'ISO 8601 date' : '';
  const words = [type, accountText(field.label, 60), accountText(field.help, FIELD_CHARS)];
  if (side === 'input' && field.default != null && field.default !== '')
    words.push(`Default: ${accountText(field.default, 40)}`);
  const text = accountText(words.filter(Boolean).join('. '), FIELD_CHARS);
  return text ? schema.describe(text) : schema;
}

/** A value with every mapped key renamed from one naming to the other, at every level; other keys stay as they are. */
export function rename(value: unknown, maps: FieldMap[] | undefined, to: 'make' | 'safe'): unknown {
  if (!maps) return value;
  if (Array.isArray(value)) return value.map((item) => rename(item, maps, to));
  if (!value || typeof value !== 'object') return value;
  const byKey = new Map(maps.map((m) => [to === 'make' ? m.safe : m.make, m]));
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const m = byKey.get(key);
      return m ? [m[to], rename(v, m.inner, to)] : [key, v];
    }),
  );
}

export interface Scenario {
  id: number;
  name?: unknown;
  description?: unknown;
  isActive?: unknown;
  scheduling?: unknown;
}

export interface ScenarioTool {
  scenarioId: number;
  listing: ListedTool;
  input: z.ZodObject<z.ZodRawShape, 'strict'>;
  inputMaps: FieldMap[];
  outputMaps: FieldMap[];
}

/** The tool for a scenario and its interface (`{ input, output }`); throws Unmappable when it cannot be one. */
export function scenarioTool(scenario: Scenario, iface: unknown): ScenarioTool {
  const { input, output } = (iface && typeof iface === 'object' ? iface : {}) as { input?: unknown; output?: unknown };
  const inputs = fieldsSchema(input, { side: 'input', depth: 0, where: '' });
  const outputs = fieldsSchema(output, { side: 'output', depth: 0, where: '' });
  const schema = z.object(inputs.shape).strict();
  const result = z.object({
    executionId: z.string(),
    status: z.enum(STATUSES),
    outputs: z.object(outputs.shape).passthrough().nullable().optional(),
  });
  const label = accountText(scenario.name, NAME_CHARS);
  const about = accountText(scenario.description, DESCRIPTION_CHARS).replace(/[\s.]+$/, '');
  const listing: ListedTool = {
    name: `${SCENARIO_TOOL_PREFIX}${scenario.id}`,
    title: `Run scenario ${scenario.id}`,
    description:
      `Runs the Make scenario '${label}' (label from the Make account)${about ? `, described there as '${about}'` : ''}. ` +
      'Its effects in other apps cannot be undone. Returns its outputs, or the execution id to check later.',
    inputSchema: inputJsonSchema(schema),
    outputSchema: inputJsonSchema(result) as ListedTool['outputSchema'],
    annotations: listedHints(HINTS),
  };
  return { scenarioId: scenario.id, listing, input: schema, inputMaps: inputs.maps, outputMaps: outputs.maps };
}
