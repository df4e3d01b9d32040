// The catalogue: every tool this configuration allows, searchable by plain words (ranking.ts weighs them).
import type MiniSearch from 'minisearch';
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import { closestBySpelling } from '../closest.js';
import type { EndpointData, ToolsetAbout } from '../endpoint.js';
import type { Tool } from '../pipeline/define.js';
import { resourceOf } from '../pipeline/select.js';
import { READ_CALLER, WRITE_CALLER } from './names.js';
import type * as Ranking from './ranking.js';

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
/**
 * Requests people would make of each tool, by tool name: written from each tool's declaration and Make's documents
 * (never from the search's request sets), indexed but never listed, so everyday words meet Make's terms.
 */
type AskedFor = Record<string, string[]>;
/** "METHOD /path" without the names of placeholders, which differ between Make's documents and our routes. */
export const routeKey = (route: string) => route.replace(/\{[^}]*\}/g, '{}');

export class Catalogue<E extends EndpointData = EndpointData> {
  private readonly endpoints: Map<string, E>;
  private index?: Promise<{ index: MiniSearch; ranking: typeof Ranking }>;

  /**
   * `tools` turns an endpoint into its tool and its listing; tools and the index are built when first needed.
   * `about` is what each toolset says of itself (by toolset, which is each of its tools' resource).
   */
  constructor(
    endpoints: readonly E[],
    private readonly tools: { define(e: E): Promise<Tool>; list(e: E): Promise<ListedTool> },
    private readonly about: Readonly<Record<string, ToolsetAbout>>,
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
  async rank(request: string, limit: number): Promise<string[]> {
    const { index, ranking } = await this.searchIndex();
    const query = ranking.withoutProductName(request);
    const meant = ranking.withPhrasesSaid(query);
    const context = ranking.contextTerms(query);
    const found = index.search(meant).slice(0, ranking.RERANKED);
    const terms = new Set(
      ranking
        .tokenize(meant)
        .map(ranking.processTerm)
        .filter((t): t is string => t !== null && !context.has(t)),
    );
    const asked = ranking.actionsAsked(terms);
    const question = ranking.QUESTION.test(query);
    const forApps = ranking.CUSTOM_APP_WORDS.test(query);
    const said = new Set(ranking.tokenize(query.toLowerCase()));
    const items = ranking.itemsNamed(query);
    const factor = (name: string) => {
      const action = actionOf(name);
      const actionAsked = action.some((a) => asked.has(a));
      const write = this.endpoints.get(name)!.effect !== 'read';
      const listing = action[0].startsWith('list');
      const head = resourceOf(name).split('-').at(-1)!; // 'team-variables' → variables
      return (
        ranking.namedShare(resourceOf(name), terms, this.about) *
        (forApps || !name.startsWith('sdk-') ? 1 : ranking.RANKING.customApp) *
        (asked.size === 0 || actionAsked ? 1 : ranking.RANKING.otherAction) *
        (question && write && !actionAsked ? ranking.RANKING.writeForQuestion : 1) *
        (listing && said.has(head) ? ranking.RANKING.pluralList : 1) *
        (listing && items.has(ranking.processTerm(head)!) ? ranking.RANKING.listForOne : 1)
      );
    };
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

  /**
   * Built on the first search; MiniSearch, the ranking (with its stemmer) and Make's texts are loaded only then, so
   * start-up does not pay for them.
   */
  private searchIndex(): Promise<{ index: MiniSearch; ranking: typeof Ranking }> {
    return (this.index ??= Promise.all([
      import('minisearch'),
      import('./ranking.js'),
      import('./make-texts.json', { with: { type: 'json' } }),
      import('./asked-for.json', { with: { type: 'json' } }),
    ]).then(async ([{ default: MiniSearch }, ranking, { default: makeTexts }, { default: askedFor }]) => {
      const texts = makeTexts as MakeTexts;
      const asked = askedFor as AskedFor;
      const index = new MiniSearch({
        fields: ['name', 'title', 'description', 'summary', 'make', 'params', 'synonyms', 'toolset', 'asked'],
        tokenize: ranking.tokenize,
        processTerm: ranking.processTerm,
        searchOptions: {
          boost: ranking.RANKING.boost,
          boostDocument: (id) => ranking.documentBoost(String(id)),
          prefix: ranking.RANKING.prefix,
          fuzzy: ranking.RANKING.fuzzy,
          bm25: ranking.RANKING.bm25,
        },
      });
      const endpoints = [...this.endpoints.values()];
      // from the listing (the build's schema cache), so a first search does not build every tool's zod schema
      const listings = await Promise.all(endpoints.map((e) => this.tools.list(e)));
      index.addAll(
        endpoints.map((e, i) => {
          const make = texts[routeKey(e.route)];
          const toolset = this.about[resourceOf(e.name)];
          return {
            id: e.name,
            name: e.name,
            title: e.title,
            description: e.description,
            summary: make?.summary ?? '',
            make: make?.text ?? '',
            params: Object.keys(listings[i].inputSchema.properties ?? {})
              .filter((k) => k !== 'confirm')
              .join(' '),
            toolset: toolset?.description ?? '',
            asked: (asked[e.name] ?? []).join(' '),
            synonyms: [
              toolset?.searchWords ?? '',
              ...actionOf(e.name).map((word) => ranking.ACTION_SYNONYMS[word] ?? ''),
            ].join(' '),
          };
        }),
      );
      return { index, ranking };
    }));
  }
}

/** The words of a tool's action: 'hooks_get-incoming-stats' → get, incoming, stats (and the whole action). */
function actionOf(name: string): string[] {
  const action = name.slice(name.indexOf('_') + 1);
  return [action, ...action.split('-')];
}
