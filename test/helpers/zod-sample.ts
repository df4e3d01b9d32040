// A sample value for any input schema, so a test can build the request a tool would send with every input set.
import { z } from 'zod';

/** The schema under optional/default/nullable/effects wrappers. */
export function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodDefault) s = s.removeDefault();
    else if (s instanceof z.ZodEffects) s = s.innerType();
    else return s;
  }
}

export function sample(schema: z.ZodTypeAny): unknown {
  const s = unwrap(schema);
  if (s instanceof z.ZodArray) return [sample(s.element)];
  if (s instanceof z.ZodNumber) return s.minValue !== null && s.minValue > 1 ? s.minValue : 1;
  if (s instanceof z.ZodString) return 'x';
  if (s instanceof z.ZodBoolean) return true;
  if (s instanceof z.ZodEnum) return s.options[0];
  if (s instanceof z.ZodNativeEnum) return Object.values(s.enum)[0];
  if (s instanceof z.ZodLiteral) return s.value;
  if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion) return sample(s.options[0]);
  if (s instanceof z.ZodObject)
    return Object.fromEntries(Object.entries(s.shape as z.ZodRawShape).map(([k, v]) => [k, sample(v)]));
  if (s instanceof z.ZodRecord)
    return { sampleField: s.valueSchema instanceof z.ZodUnknown ? 1 : sample(s.valueSchema) };
  return 'x';
}

/** The JSON type a schema accepts: 'integer', 'number', 'string', 'boolean', 'array', 'object', or 'mixed'. */
export function jsonTypeOf(schema: z.ZodTypeAny): string {
  const s = unwrap(schema);
  if (s instanceof z.ZodNumber) return s.isInt ? 'integer' : 'number';
  if (s instanceof z.ZodString || s instanceof z.ZodEnum) return 'string';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodArray) return 'array';
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return 'object';
  if (s instanceof z.ZodLiteral) return typeof s.value;
  return 'mixed';
}
