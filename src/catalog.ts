// The catalogue: every tool this configuration allows, searchable by plain words, and callable through the very
// same pipeline as a listed tool. With it the default listing stays small while the whole API stays one search away.
import type MiniSearch from 'minisearch';
import { z } from 'zod';
import type { CallToolResult, Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import { closestBySpelling } from './closest.js';
import type { EndpointData } from './endpoint.js';
import {
  callTool,
  errorResult,
  listedHints,
  listedInputSchema,
  parseArguments,
  resourceOf,
  type CallContext,
  type Tool,
} from './registry.js';

export const SEARCH_TOOL = 'make_search_tools';
export const READ_CALLER = 'make_call_read_tool';
export const WRITE_CALLER = 'make_call_tool';

/** Words people use for a resource that its tools' own text may not contain. */
const SYNONYMS: Record<string, string> = {
  scenarios: 'scenario workflow automation flow zap pipeline sync job integration',
  'scenario-blueprints': 'blueprint design modules flow definition version history export backup json',
  'scenario-consumptions': 'usage operations credits consumption cost',
  'scenario-custom-properties': 'custom properties metadata fields tags',
  folders: 'folder organize group category',
  executions: 'run runs ran history log logs result output failed failure error last night status',
  'incomplete-executions': 'incomplete failed stuck retry dlq broken error queue resume waiting unresolved',
  connections: 'credentials credential account auth oauth integration login token app connected',
  hooks: 'webhook webhooks mailhook trigger url endpoint queue incoming payload',
  'data-stores': 'database table storage store',
  'data-store-records': 'record records row rows entry entries item items database table value',
  'data-structures': 'schema structure fields columns format',
  teams: 'team workspace group members',
  'team-variables': 'variable variables setting constant env environment team',
  'team-user-roles': 'members access permission who role team',
  organizations: 'organization org company account billing plan license subscription',
  'organization-variables': 'variable variables setting constant env environment organization',
  'organization-user-roles': 'members access permission who role organization',
  'organization-invitations': 'invite invitation join',
  users: 'user me profile person people account who am i',
  'users-me': 'me my profile pinned apps authorization oauth outside let in authorized',
  'user-api-tokens': 'api token key keys access',
  'user-team-roles': 'role access permission team member',
  'user-organization-roles': 'role access permission organization member owner transfer',
  'user-team-notifications': 'notification email emailing alerts warnings settings subscribe unsubscribe mute',
  notifications: 'notification notifications alerts messages inbox unread',
  roles: 'role roles permission permissions',
  'custom-roles': 'custom role permission',
  templates: 'template templates share reuse',
  'public-templates': 'public template gallery marketplace',
  functions: 'function custom code javascript formula',
  keys: 'key keys certificate secret encryption private',
  devices: 'device devices phone mobile app agent',
  enums: 'list of values countries timezones regions zones languages locales lookup',
  'audit-logs': 'audit log activity who changed history security',
  analytics: 'analytics statistics stats usage report',
  'sdk-apps': 'custom app developer build own integration sdk section readme icon commit review publish',
  'sdk-modules': 'custom app module trigger action search section mappable parameters epoch',
  'sdk-rpcs': 'custom app rpc remote procedure dynamic options list',
  'sdk-functions': 'custom app iml function code javascript helper',
  'sdk-connections': 'custom app connection oauth credentials common client secret',
  'sdk-webhooks': 'custom app instant trigger attach detach',
  'sdk-endpoints': 'custom app endpoint mcp input output',
  'ai-agents': 'ai agent assistant llm model prompt context chat',
  'ai-error-analysis': 'ai explain error failure diagnose',
  'apps-catalog': 'apps catalog marketplace integration integrations available modules connect offer',
  cashier: 'price product plan vat tax',
  'organization-billing':
    'billing invoice payment subscription plan card visa mastercard charged pay cancel upgrade downgrade',
  affiliate: 'affiliate partner referral commission payout',
  mailhub: 'mail preferences newsletter promo marketing product news unsubscribe opted',
  'private-spaces': 'private space personal workspace sandbox draft own',
  'credential-requests': 'credential request ask someone provide credentials access share login',
  'on-prem-agent': 'on-premise on-prem agent local network gateway',
  'outbound-webhooks': 'outbound notify callback events subscription',
  'scenario-shares': 'share shared link public scenario template copy',
  'scenario-notes': 'note notes comment annotation',
  'scenario-build-variables': 'build variable variables deployment',
  'scenario-tools': 'tool tools mcp agent scenario as tool',
  'custom-property-structures': 'custom property properties structure fields metadata schema schemas defined',
  'custom-property-structure-items': 'custom property field item option',
  'remote-procedures': 'rpc remote procedure call run dropdown options fetch',
  general: 'health status version system',
};

/** What people mean by default when a request could name several resources ("a webhook" is an incoming hook). */
const EVERYDAY = new Set([
  'scenarios',
  'executions',
  'hooks',
  'connections',
  'data-stores',
  'data-store-records',
  'teams',
  'organizations',
  'users',
  'incomplete-executions',
  'team-variables',
  'organization-variables',
]);

/** Words for what a tool does, by the words of its action (`hooks_enable` → enable), that users say instead. */
const ACTION_SYNONYMS: Record<string, string> = {
  list: 'show all which what find see overview',
  get: 'show details see look info',
  create: 'add new make set up define leave write give',
  update: 'change edit rename modify set',
  set: 'change edit modify',
  delete: 'remove drop erase discard clear wipe rid withdraw',
  replace: 'overwrite completely whole',
  activate: 'turn on start enable resume unpause switch back schedule',
  deactivate: 'pause turn off stop disable',
  enable: 'turn on back resume reenable',
  disable: 'turn off pause stop taking accepting',
  run: 'execute trigger now start fire once right away immediately',
  replay: 'rerun again repeat same input',
  clone: 'copy duplicate',
  stop: 'kill abort cancel halt',
  retry: 'again rerun resume reprocess',
  stats: 'how many count piling queued waiting',
  usage: 'operations used consumption how many burned spent',
  history: 'past changes previous earlier',
  triggers: 'kicks off starts trigger',
  blueprint: 'export json backup definition design',
  me: 'my own account email profile',
  scopes: 'permissions allowed granted reauthorize',
  authorization: 'token good valid scopes permissions',
  types: 'kinds sorts',
  invite: 'invite add member join',
  transfer: 'hand over give owner ownership',
  incomings: 'queue incoming requests payloads waiting',
  outgoings: 'outgoing sent queue',
  interface: 'inputs outputs fields parameters',
  'request-approval': 'review submit approval public',
  publish: 'public release',
  check: 'test verify',
  decline: 'turn down refuse reject deny',
  payout: 'send money withdraw cash earnings',
  rollback: 'undo revert discard edits last committed',
  major: 'new version v2 breaking',
  default: 'charged main primary',
  'payment-method': 'card visa mastercard',
  pin: 'add favorite pinned',
  unpin: 'remove take off pinned',
  verify: 'test check works valid',
};

/** How the fields and kinds of tools weigh in the ranking (tuned on test/search/requests.ts; see bench/search). */
export const RANKING = {
  boost: { name: 2, title: 2.5, synonyms: 2.5, description: 1, summary: 1, make: 0.3, params: 0.5 } as Record<
    string,
    number
  >,
  everyday: 1.15,
  /** The factor for a custom-app development (sdk-*) tool when the request does not ask for one. */
  customApp: 0.7,
  /** The factor for a tool whose resource the request does not name at all (see namedShare). */
  unnamed: 0.6,
  /** The weight of a word that names where, not what (see contextTerms). */
  context: 0.4,
  prefix: true,
  fuzzy: false as number | false,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

/** Everyday resources first where the words fit several. */
function documentBoost(name: string): number {
  return EVERYDAY.has(resourceOf(name)) ? RANKING.everyday : 1;
}

/** Words that ask for custom-app development (the sdk-* tools), which otherwise rank after everyday tools. */
const CUSTOM_APP_WORDS = /\b(custom|sdk|develop\w*|my own app|rpcs?|iml)\b/i;

/**
 * Phrases whose meaning their words alone do not carry (question words, verbs with a particle), with the words
 * that do, added to the request: "who am I" is about the current user, "switch it off" disables.
 */
const PHRASES: readonly [RegExp, string][] = [
  [/\bwho am i\b|\blogged in as\b|\bwhoami\b/i, 'me current user'],
  [/\b(switch|turn|shut|toggle)\b(\s+\S+){0,3}?\s+off\b/i, 'disable deactivate'],
  [/\b(switch|turn)\b(\s+\S+){0,3}?\s+(back\s+)?on\b/i, 'enable activate'],
  [/\bhow (many|much)\b/i, 'count usage stats'],
  [/\b(no longer|not) (needed|used)\b|\bget rid of\b/i, 'delete'],
  [/\bset up\b/i, 'create'],
  [/\blook at\b|\bwhat are\b|\bwhich\b/i, 'list'],
];

/**
 * Words that name where something is rather than what is wanted: the resource before an id after "in", "for", "of"…
 * ("connections in team 12" wants connections, not teams). They weigh less, and do not name a tool's resource.
 */
function contextTerms(query: string): Set<string> {
  const spans = query.matchAll(
    /\b(?:in|for|of|on|from|under|within|inside|across)\s+(?:the\s+|our\s+|my\s+)?((?:[a-z-]+\s+){1,2}?)#?\d+\b/gi,
  );
  return new Set(
    [...spans].flatMap((m) =>
      tokenize(m[1])
        .map(processTerm)
        .filter((t): t is string => t !== null),
    ),
  );
}

function withPhrasesSaid(query: string): string {
  return [query, ...PHRASES.filter(([said]) => said.test(query)).map(([, meaning]) => meaning)].join(' ');
}

const tokenize = (text: string) => text.split(/[\s_\-.,;:!?()[\]{}'"/]+/).filter(Boolean);

/** How many of MiniSearch's best are ranked again. */
const RERANKED = 40;

/**
 * The share of a resource's words ('team-variables': team, variable) that a request names: by the word itself, a
 * word holding it ("webhook" holds "hook"), or a synonym — of the resource the word names where there is one
 * ("team" by "workspace"), else of this resource ("variable" by "setting"). Scales a score from RANKING.unnamed to 1.
 */
function namedShare(resource: string, terms: ReadonlySet<string>): number {
  const words = resource.split('-');
  const named = words.filter((word) => {
    const w = stem(word);
    if (terms.has(w) || [...terms].some((t) => t.length >= 4 && w.length >= 3 && (t.includes(w) || w.includes(t))))
      return true;
    const own = SYNONYMS[word] ?? SYNONYMS[`${word}s`];
    const synonyms = own ? own.split(' ') : (SYNONYMS[resource] ?? '').split(' ').filter((syn) => !words.includes(syn));
    return synonyms.some((syn) => terms.has(stem(syn)));
  }).length;
  return RANKING.unnamed + ((1 - RANKING.unnamed) * named) / words.length;
}

/** Words that say nothing about which tool is meant. */
const STOP_WORDS = new Set(
  (
    'a an the of to in on for with by at from up out is are be been am was were do does did can could should would ' +
    'i me my we our us you your it its this that these those there here and or but so if then than as any all ' +
    'whom how when why where please just now id ids one some no not yes me want need like'
  ).split(' '),
);

/** Lower case, no stop words or bare numbers, and a crude stem so "runs", "running" and "run" meet. */
function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (STOP_WORDS.has(t) || /^\d+$/.test(t)) return null;
  return stem(t);
}

function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1); // runn → run
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1); // queue(d) → queu
  return w;
}

/** A match with what calling it takes: which caller runs it, and its input schema. */
export interface SearchHit {
  name: string;
  description: string;
  caller: typeof READ_CALLER | typeof WRITE_CALLER;
  inputSchema: ListedTool['inputSchema'];
}

/** A search's answer: the best matches with their schemas, and the next few by name (search again for theirs). */
export interface SearchAnswer {
  tools: SearchHit[];
  more?: string[];
}

/** How many matches follow the best ones by name and title only. */
export const MORE_BY_NAME = 5;

/** Make's own words for each operation ("METHOD /path" with {} placeholders), indexed but never listed. */
type MakeTexts = Record<string, { summary: string; text: string }>;
const routeKey = (route: string) => route.replace(/\{[^}]*\}/g, '{}');

export class Catalogue<E extends EndpointData = EndpointData> {
  private readonly endpoints: Map<string, E>;
  private index?: Promise<MiniSearch>;

  /** `tools` turns an endpoint into its tool and its listing; tools and the index are built when first needed. */
  constructor(
    endpoints: readonly E[],
    private readonly tools: { define(e: E): Promise<Tool>; list(e: E): Promise<ListedTool> },
  ) {
    this.endpoints = new Map(endpoints.map((e) => [e.name, e]));
  }

  get size(): number {
    return this.endpoints.size;
  }

  get writes(): boolean {
    return [...this.endpoints.values()].some((e) => e.effect !== 'read');
  }

  async get(name: string): Promise<Tool | undefined> {
    const endpoint = this.endpoints.get(name);
    return endpoint && this.tools.define(endpoint);
  }

  /**
   * Best matching tool names, best first: MiniSearch's ranking, then each of its best scaled by how much of the
   * tool's resource the request names ("delete team 18" names teams wholly, team-variables half).
   */
  async rank(query: string, limit: number): Promise<string[]> {
    const meant = withPhrasesSaid(query);
    const context = contextTerms(query);
    const boostTerm = (term: string) => (context.has(term) ? RANKING.context : 1);
    const found = (await this.searchIndex()).search(meant, { boostTerm }).slice(0, RERANKED);
    const terms = new Set(
      tokenize(meant)
        .map(processTerm)
        .filter((t): t is string => t !== null && !context.has(t)),
    );
    const forApps = CUSTOM_APP_WORDS.test(query);
    const factor = (name: string) =>
      namedShare(resourceOf(name), terms) * (forApps || !name.startsWith('sdk-') ? 1 : RANKING.customApp);
    const scaled = found.map((r, i) => ({ id: r.id as string, i, score: r.score * factor(r.id as string) }));
    return scaled
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, limit)
      .map((r) => r.id);
  }

  /** The `limit` best matches with their schemas, then up to MORE_BY_NAME more by name. */
  async answer(query: string, limit: number): Promise<SearchAnswer> {
    const names = await this.rank(query, limit + MORE_BY_NAME);
    const tools = await Promise.all(
      names.slice(0, limit).map(async (name) => {
        const endpoint = this.endpoints.get(name)!;
        const listed = await this.tools.list(endpoint);
        const caller: SearchHit['caller'] = endpoint.effect === 'read' ? READ_CALLER : WRITE_CALLER;
        // the whole description: a cut at the first '. ' ends one at "e.g." and drops "Cannot be undone."
        return { name, description: listed.description ?? '', caller, inputSchema: listed.inputSchema };
      }),
    );
    const more = names.slice(limit);
    return more.length ? { tools, more } : { tools };
  }

  /** The catalogued names closest to one that does not exist: by spelling, then by meaning. */
  async closest(name: string, limit = 3): Promise<string[]> {
    const bySpelling = closestBySpelling(name, this.endpoints.keys(), limit);
    return [...new Set([...bySpelling, ...(await this.rank(name, limit))])].slice(0, limit);
  }

  /** Built on the first search; MiniSearch and Make's texts are loaded only then, so start-up does not pay for them. */
  private searchIndex(): Promise<MiniSearch> {
    return (this.index ??= Promise.all([
      import('minisearch'),
      import('./make-texts.json', { with: { type: 'json' } }),
    ]).then(async ([{ default: MiniSearch }, { default: makeTexts }]) => {
      const texts = makeTexts as MakeTexts;
      const index = new MiniSearch({
        fields: ['name', 'title', 'description', 'summary', 'make', 'params', 'synonyms'],
        tokenize,
        processTerm,
        searchOptions: {
          boost: RANKING.boost,
          boostDocument: (id) => documentBoost(String(id)),
          prefix: RANKING.prefix,
          fuzzy: RANKING.fuzzy,
          bm25: RANKING.bm25,
        },
      });
      const endpoints = [...this.endpoints.values()];
      // from the listing (the build's schema cache), so a first search does not build every tool's zod schema
      const listings = await Promise.all(endpoints.map((e) => this.tools.list(e)));
      index.addAll(
        endpoints.map((e, i) => ({
          id: e.name,
          name: e.name,
          title: e.title,
          description: e.description,
          summary: texts[routeKey(e.route)]?.summary ?? '',
          make: texts[routeKey(e.route)]?.text ?? '',
          params: Object.keys(listings[i].inputSchema.properties ?? {})
            .filter((k) => k !== 'confirm')
            .join(' '),
          synonyms: [
            SYNONYMS[resourceOf(e.name)] ?? '',
            ...actionOf(e.name).map((word) => ACTION_SYNONYMS[word] ?? ''),
          ].join(' '),
        })),
      );
      return index;
    }));
  }
}

/** The words of a tool's action: 'hooks_get-incoming-stats' → get, incoming, stats (and the whole action). */
function actionOf(name: string): string[] {
  const action = name.slice(name.indexOf('_') + 1);
  return [action, ...action.split('-')];
}

// ---------- the three catalogue tools ----------

export interface CatalogueTool {
  name: string;
  title: string;
  description: string;
  schema: z.ZodObject<z.ZodRawShape, 'strict'>;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
  run(args: Record<string, unknown>, ctx: CallContext): Promise<CallToolResult>;
}

/** Validates a catalogue tool's arguments (naming the field, like every tool) before it runs. */
export function runCatalogueTool(tool: CatalogueTool, rawArgs: unknown, ctx: CallContext): Promise<CallToolResult> {
  const parsed = parseArguments(tool.schema, rawArgs, tool.name);
  if (!parsed.ok) return Promise.resolve(parsed.error);
  return tool.run(parsed.data, ctx);
}

export function listingOfCatalogueTool(tool: CatalogueTool): ListedTool {
  const { name, title, description } = tool;
  const inputSchema = listedInputSchema(tool.schema);
  return { name, title, description, inputSchema, annotations: listedHints(tool.annotations) };
}

/**
 * Bounds of the catalogue tools' free text, so that no caller can make the server search or compare in proportion to
 * what it sends: a tool name is never longer than the naming rule allows (endpoint.ts), and a task is a sentence.
 */
export const MAX_TOOL_NAME_LENGTH = 48;
export const MAX_QUERY_LENGTH = 300;
export const MAX_QUERY_WORDS = 40;

const callerInput = {
  tool: z.string().min(1).max(MAX_TOOL_NAME_LENGTH).describe(`Tool name, as found with ${SEARCH_TOOL}.`),
  arguments: z.record(z.unknown()).optional().describe('Its arguments, per its input schema.'),
};

function text(result: string): CallToolResult {
  return { content: [{ type: 'text', text: result }] };
}

/**
 * The search tool and the callers for a catalogue; no write caller when nothing in it writes. `unavailable` says why
 * a name is not in the catalogue (no such tool, or one this configuration switched off) and what to do instead.
 */
export function catalogueTools(catalogue: Catalogue, unavailable: (name: string) => Promise<string>): CatalogueTool[] {
  const writes = catalogue.writes;
  const search: CatalogueTool = {
    name: SEARCH_TOOL,
    title: 'Search Make tools',
    description:
      `Find Make API tools for a task (${catalogue.size} in all): the best matches with input schemas. ` +
      (writes ? `Run reads with ${READ_CALLER}, changes with ${WRITE_CALLER}.` : `Run one with ${READ_CALLER}.`),
    schema: z
      .object({
        query: z
          .string()
          .min(1)
          .max(MAX_QUERY_LENGTH)
          .refine(
            (q) =>
              q.length > MAX_QUERY_LENGTH ||
              q.split(/\s+/, MAX_QUERY_WORDS + 2).filter(Boolean).length <= MAX_QUERY_WORDS,
            `at most ${MAX_QUERY_WORDS} words`,
          )
          .describe('The task in plain words, e.g. "pause a scenario".'),
        limit: z.number().int().min(1).max(10).optional().describe(`Default 3; ${MORE_BY_NAME} more follow by name.`),
      })
      .strict(),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args) {
      const found = await catalogue.answer(String(args.query), Number(args.limit ?? 3));
      if (!found.tools.length) return text(`No tool matches "${String(args.query)}". Try other words.`);
      return { content: [{ type: 'text', text: JSON.stringify(found) }], structuredContent: { ...found } };
    },
  };
  const readCaller: CatalogueTool = {
    name: READ_CALLER,
    title: 'Run a Make read tool',
    description: `Run a read-only Make tool found with ${SEARCH_TOOL}; refuses any that change data.`,
    schema: z.object(callerInput).strict(),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(args, ctx) {
      const tool = await catalogue.get(String(args.tool));
      if (!tool) return errorResult(await unavailable(String(args.tool)));
      if (tool.endpoint.effect !== 'read') {
        return errorResult(
          `Refused: ${tool.endpoint.name} changes data, so ${READ_CALLER} does not run it. Use ${WRITE_CALLER}.`,
        );
      }
      return callTool(tool, args.arguments ?? {}, ctx);
    },
  };
  // Only changes: a caller that ran reads too would be one tool doing safe and unsafe things, and a read sent
  // through it could not be approved the way the read caller's are.
  const writeCaller: CatalogueTool = {
    name: WRITE_CALLER,
    title: 'Run a Make write tool',
    description:
      `Run a Make tool found with ${SEARCH_TOOL} that changes data. Destructive ones need confirm: true in arguments, ` +
      'after the user agreed.',
    schema: z.object(callerInput).strict(),
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    async run(args, ctx) {
      const tool = await catalogue.get(String(args.tool));
      if (!tool) return errorResult(await unavailable(String(args.tool)));
      if (tool.endpoint.effect === 'read') {
        return errorResult(
          `Refused: ${tool.endpoint.name} only reads, and ${WRITE_CALLER} runs only tools that change data. Use ${READ_CALLER}.`,
        );
      }
      return callTool(tool, args.arguments ?? {}, ctx);
    },
  };
  return writes ? [search, readCaller, writeCaller] : [search, readCaller];
}
