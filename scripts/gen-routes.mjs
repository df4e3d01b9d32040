// One-off generator for routes.json (not used at run or test time): Make's API as documented.
// Usage: node scripts/gen-routes.mjs <endpoints.json> <openapi.json> > src/simulator/routes.json
// Keeps the groups that become tools (core, other, custom-apps). Per route: the inventory's facts (scope,
// response keys, Make's confirm flag) and, where Make's OpenAPI document has the operation, its query
// parameters and top-level body fields with type, enum and required flag.
import { readFileSync } from 'node:fs';

const [inventoryPath, openapiPath] = process.argv.slice(2);
if (!inventoryPath || !openapiPath) {
  console.error('usage: node scripts/gen-routes.mjs <endpoints.json> <openapi.json>');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(inventoryPath, 'utf8'));
const doc = JSON.parse(readFileSync(openapiPath, 'utf8'));

function deref(node) {
  while (node && typeof node === 'object' && '$ref' in node) {
    node = node.$ref
      .split('/')
      .slice(1)
      .reduce((at, part) => at[part], doc);
  }
  return node;
}

/** The facts the simulator and the fidelity test need of one schema: type, enum, item type. */
function typeOf(schema) {
  const s = deref(schema) ?? {};
  const out = {};
  if (s.type) out.type = s.type;
  if (s.enum) out.enum = s.enum;
  if (s.type === 'array' && s.items) {
    const items = deref(s.items);
    if (items?.type) out.items = items.type;
    if (items?.enum) out.itemsEnum = items.enum;
  }
  return out;
}

function bodyFields(op) {
  const content = deref(op.requestBody)?.content ?? {};
  const [contentType] = Object.keys(content);
  if (!contentType) return op.requestBody ? { contentType: null, fields: {}, open: true } : undefined;
  const schema = deref(content[contentType].schema) ?? {};
  // oneOf: every field of every variant is documented; only fields required by all variants are required
  const variants = schema.oneOf ? schema.oneOf.map(deref) : [schema];
  const fields = {};
  for (const v of variants) {
    for (const [name, prop] of Object.entries(v.properties ?? {})) fields[name] = { ...typeOf(prop), required: false };
  }
  const requiredByAll = variants
    .map((v) => new Set(v.required ?? []))
    .reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
  for (const name of requiredByAll) if (fields[name]) fields[name].required = true;
  const open = variants.some((v) => !v.properties || v.additionalProperties);
  return { contentType, fields, open };
}

// The document's scope wins where it names exactly one and the inventory differs (the inventory marks several of
// these as inferred or inconsistently spelled), except for this one-off spelling in the document: every other
// functions operation says functions:read.
const DOCUMENT_TYPOS = new Set(['function:read']);

function scopeOf(entry, op) {
  const documented = (op?.security ?? []).flatMap((s) => s.token ?? []);
  const [only] = documented;
  // "none (any valid token)" is the inventory's own finding; "unknown" (or nothing) defers to the document
  const known = entry.scope?.includes(':') || entry.scope?.startsWith('none');
  const useDocument =
    documented.length === 1 &&
    only !== entry.scope &&
    (!known || entry.scope.includes(':')) &&
    !DOCUMENT_TYPOS.has(only);
  return useDocument ? only : (entry.scope ?? '');
}

/** Make's document names some array query parameters without the brackets its API expects (`cols` for `cols[]`). */
function queryName(param) {
  return deref(param.schema)?.type === 'array' && !param.name.endsWith('[]') ? `${param.name}[]` : param.name;
}

/**
 * The document's operation for an inventory entry. The document names custom-app placeholders differently
 * (`{SDK_appName}` for `{appName}`), so paths are compared with placeholders blanked; the placeholder names are
 * mapped by position.
 */
function findOperation(entry) {
  const method = entry.method.toLowerCase();
  if (doc.paths[entry.path]?.[method]) return { op: doc.paths[entry.path][method], names: {} };
  const shape = (path) => path.replace(/\{[^}]+\}/g, '{}');
  const match = Object.keys(doc.paths).find((p) => shape(p) === shape(entry.path) && doc.paths[p][method]);
  if (!match) return { op: undefined, names: {} };
  const theirs = [...match.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const ours = [...entry.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return { op: doc.paths[match][method], names: Object.fromEntries(theirs.map((t, i) => [t, ours[i]])) };
}

// Custom-app sections are JSON with comments: Make's own client sends them as application/jsonc, which keeps the
// comments (the document types the body as a JSON object).
const JSONC_SECTION = /^\/sdk\/apps\/.*(\{section\}|\{appVersion\}\/(base|groups|install|installSpec))$/;

// Body fields Make takes that the 2024-12 document predates: Make's own client sends them.
const NEWER_BODY_FIELDS = {
  'PATCH /scenarios/{scenarioId}': { description: { type: 'string', required: false } },
};

const keep = new Set(['core', 'other', 'custom-apps']);
const rows = entries
  .filter((e) => keep.has(e.group))
  .map((e) => {
    const method = e.method.toUpperCase();
    const { op, names } = findOperation(e);
    const row = {
      method,
      path: e.path,
      scope: scopeOf(e, op),
      group: e.group,
      responseKeys: e.responseKeys.filter((k) => /^[A-Za-z]+$/.test(k)),
      confirmParam: e.confirmParam ?? null,
      documented: Boolean(op),
    };
    if (op) {
      const path = {};
      for (const p of (op.parameters ?? []).map(deref)) {
        const schema = deref(p.schema) ?? {};
        if (p.in === 'path' && schema.enum) path[names[p.name] ?? p.name] = { enum: schema.enum };
      }
      if (Object.keys(path).length) row.pathParams = path;
      const query = {};
      for (const p of (op.parameters ?? []).map(deref)) {
        if (p.in === 'query') query[queryName(p)] = { ...typeOf(p.schema), required: p.required === true };
      }
      row.query = query;
      const body = bodyFields(op);
      if (body) row.body = body;
    } else {
      // Not in the document: the inventory's parameter names, none known to be required.
      row.query = Object.fromEntries(e.query.map((q) => [q, { required: false }]));
      // the inventory under-reports bodies: with none listed, any field is let through rather than refused
      const fields = Object.fromEntries(e.body.map((b) => [b, { required: false }]));
      if (e.body.length) row.body = { contentType: 'application/json', fields, open: false };
      else if (['POST', 'PUT', 'PATCH'].includes(method))
        row.body = { contentType: 'application/json', fields, open: true };
    }
    const newer = NEWER_BODY_FIELDS[`${method} ${e.path}`];
    if (newer) row.body = { ...row.body, fields: { ...row.body.fields, ...newer } };
    if (method !== 'GET' && method !== 'DELETE' && JSONC_SECTION.test(e.path))
      row.body = { contentType: 'application/jsonc', fields: {}, open: true };
    return row;
  })
  .sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path)));
process.stdout.write('[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
