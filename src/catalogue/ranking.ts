// How the catalogue's search weighs words and tools: the words people use, phrases, stop words and stems.
import { stemmer as porterStem } from 'stemmer';
import type { ToolsetAbout } from '../endpoint.js';
import { resourceOf } from '../pipeline/select.js';

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
export const ACTION_SYNONYMS: Record<string, string> = {
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

/** How the fields and kinds of tools weigh in the ranking (tuned on the tuning sets of test/search/evaluate.ts; see bench/search). */
export const RANKING = {
  boost: {
    name: 2.5,
    title: 2.5,
    synonyms: 1,
    description: 2,
    summary: 1,
    make: 0.3,
    params: 0.5,
    toolset: 1.5,
    asked: 2.5,
  } as Record<string, number>,
  everyday: 1.25,
  /** The factor for a custom-app development (sdk-*) tool when the request does not ask for one. */
  customApp: 0.9,
  /** The factor for a tool whose resource the request does not name at all (see namedShare). */
  unnamed: 0.7,
  /** The factor for a tool whose resource the request names only in part ("team" for team-variables). */
  partlyNamed: 0.75,
  /** The factor for a tool whose action is not among those the request asks for (see actionsAsked). */
  otherAction: 0.9,
  /** The factor for a tool that changes something when the request is a question and does not ask for its action. */
  writeForQuestion: 0.4,
  /** The factor for a listing when the request names its resource in the plural ("show my notifications"). */
  pluralList: 1.1,
  /** The factor for a listing when the request names one item of its resource by id ("webhook 77"). */
  listForOne: 0.8,
  prefix: true,
  fuzzy: false as number | false,
  bm25: { k: 1, b: 0.7, d: 0.5 },
};

/**
 * Words that ask for custom-app development (the sdk-* tools), which otherwise rank after everyday tools: "custom
 * app" but not "custom field" or "custom role" (everyday resources); "my app's connection", "our app" (an app one
 * owns is one being built; Make's apps are "the Gmail app").
 */
export const CUSTOM_APP_WORDS = /\b(custom apps?|sdk|develop\w*|(my|our)( own)? app|app's|rpcs?|iml)\b/i;

/** Everyday resources first where the words fit several. */
export function documentBoost(name: string): number {
  return EVERYDAY.has(resourceOf(name)) ? RANKING.everyday : 1;
}

/**
 * Phrases whose meaning their words alone do not carry (question words, verbs with a particle), with the words
 * that do, added to the request: "who am I" is about the current user, "switch it off" disables.
 */
const PHRASES: readonly [RegExp, string][] = [
  [/\bwho am i\b|\blogged in as\b|\bwhoami\b/i, 'me current user'],
  [/\bwho (changed|edited|modified|updated|deleted|removed|did)\b/i, 'history'],
  [/\b(switch|turn|shut|toggle)\b(\s+\S+){0,3}?\s+off\b/i, 'disable deactivate'],
  [/\b(switch|turn)\b(\s+\S+){0,3}?\s+(back\s+)?on\b/i, 'enable activate'],
  [/\bhow (many|much)\b/i, 'count usage stats'],
  [/\b(no longer|not) (needed|used)\b|\bget rid of\b/i, 'delete'],
  [/\bset up\b/i, 'create'],
  [/\blook at\b|\bwhat are\b|\bwhich\b|\b(is|are) there\b|\bdo (i|we) have\b/i, 'list'],
];

/**
 * Words that name where something is rather than what is wanted: the resource before an id after "in", "for", "of"…
 * ("connections in team 12" wants connections, not teams), or one word closing the request after "in our", "for my"…
 * ("which automations do we have in our organization?"). They do not name a tool's resource.
 */
export function contextTerms(query: string): Set<string> {
  const spans = query.matchAll(
    /\b(?:in|for|of|on|from|under|within|inside|across)\s+(?:(?:the\s+|our\s+|my\s+)?((?:[a-z-]+\s+){1,2}?)#?\d+\b|(?:our|my|this)\s+([a-z-]+)\s*(?:[.,;!?]|$))/gi,
  );
  return new Set(
    [...spans].flatMap((m) =>
      tokenize(m[1] ?? m[2])
        .map(processTerm)
        .filter((t): t is string => t !== null),
    ),
  );
}

/** Mid-sentence "Make" names the product, which every tool belongs to, not the verb ("is the Make API up?"). */
export const withoutProductName = (query: string) => query.replace(/(?<=\S\s+)Make\b('s)?/g, ' ');

/**
 * The stems of words an id follows ("webhook 77", "run 3a9f"): the request is about one item of that resource, so
 * its listing fits less than the tools for one item.
 */
export function itemsNamed(query: string): Set<string> {
  const named = query.matchAll(/\b([a-z]+)\s+#?([a-z]*\d[\w-]*)/gi);
  return new Set([...named].filter((m) => !/s$/i.test(m[1])).map((m) => stem(m[1].toLowerCase())));
}

export function withPhrasesSaid(query: string): string {
  return [query, ...PHRASES.filter(([said]) => said.test(query)).map(([, meaning]) => meaning)].join(' ');
}

export const tokenize = (text: string) => text.split(/[\s_\-.,;:!?()[\]{}'"/]+/).filter(Boolean);

/** How many of MiniSearch's best are ranked again. */
export const RERANKED = 40;

/**
 * How much of a resource's words ('team-variables': team, variable) a request names: by the word itself, a word
 * holding it ("webhook" holds "hook"), or a search word (each toolset's `about`) — of the resource the word names
 * where there is one ("team" by "workspace"), else of this resource ("variable" by "setting"). The factor for a
 * score: 1 when all are named, RANKING.partlyNamed when some, RANKING.unnamed when none.
 */
export function namedShare(
  resource: string,
  terms: ReadonlySet<string>,
  about: Readonly<Record<string, ToolsetAbout>>,
): number {
  const words = resource.split('-');
  const named = words.filter((word) => {
    const w = stem(word);
    if (terms.has(w) || [...terms].some((t) => t.length >= 4 && w.length >= 3 && (t.includes(w) || w.includes(t))))
      return true;
    const own = about[word]?.searchWords ?? about[`${word}s`]?.searchWords;
    const synonyms = own
      ? own.split(' ')
      : (about[resource]?.searchWords ?? '').split(' ').filter((syn) => !words.includes(syn));
    return synonyms.some((syn) => terms.has(stem(syn)));
  }).length;
  return named === words.length ? 1 : named === 0 ? RANKING.unnamed : RANKING.partlyNamed;
}

/** Words that say nothing about which tool is meant. */
const STOP_WORDS = new Set(
  (
    'a an the of to in on for with by at from up out is are be been am was were do does did can could should would ' +
    'i me my we our us you your it its this that these those there here and or but so if then than as any all ' +
    'whom how when why where please just now id ids one some no not yes me want need like ' +
    'have has had will shall may might must about also too very really actually still already each every'
  ).split(' '),
);

/** Lower case, no stop words or bare numbers, and a crude stem so "runs", "running" and "run" meet. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (STOP_WORDS.has(t) || /^\d+$/.test(t)) return null;
  return stem(t);
}

/** Porter's stemmer: "configured", "configuration" and "configure" meet, as do "runs", "running" and "run". */
const stem = (word: string) => porterStem(word);

/** Each action word's stem, with the stems of the words people use for it (ACTION_SYNONYMS). */
const ACTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byWord = new Map<string, Set<string>>();
  for (const [action, words] of Object.entries(ACTION_SYNONYMS))
    for (const word of [action, ...words.split(' ')]) {
      const w = stem(word);
      byWord.set(w, (byWord.get(w) ?? new Set()).add(action));
    }
  return byWord;
})();

/** The actions a request asks for, by their words or the words people use for them: "remove" asks for delete. */
export function actionsAsked(terms: ReadonlySet<string>): Set<string> {
  return new Set([...terms].flatMap((t) => [...(ACTION_WORDS.get(t) ?? [])]));
}

/** A request that asks rather than tells: "which hooks…", "is there…", "what's…?". */
export const QUESTION =
  /^\s*(what|what's|which|who|whose|how|is|are|does|do|did|has|have|was|were|when|where|why)\b|\?\s*$/i;
