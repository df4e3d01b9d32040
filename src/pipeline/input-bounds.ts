// What a caller's arguments may hold beyond their schema, checked before anything is built or sent: JSON nested
// deeper than any Make body needs would overflow the stack while the request is serialised, and a number past
// 2^53 has already lost its last digits (9007199254740993 arrives as …992, another id; 1e300 is no id at all).

/** Deeper than any blueprint (routers in routers) needs; far below what overflows the stack when serialised. */
export const MAX_NESTING = 128;

interface Node {
  value: unknown;
  key: string;
  depth: number;
  parent?: Node;
}

/** The first argument that breaks a bound, as "field: what is wrong"; undefined when there is none. One pass, linear. */
export function argumentProblem(args: Record<string, unknown>): string | undefined {
  const stack: Node[] = Object.entries(args).map(([key, value]) => ({ value, key, depth: 1 }));
  while (stack.length) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'number' && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      return `${pathOf(node)}: ${value} is larger than JSON numbers carry exactly (at most ${Number.MAX_SAFE_INTEGER}); it would reach Make as another number`;
    }
    if (value === null || typeof value !== 'object') continue;
    if (node.depth > MAX_NESTING) return `${pathOf(node)}: nested more than ${MAX_NESTING} levels deep`;
    for (const [key, item] of Object.entries(value))
      stack.push({ value: item, key, depth: node.depth + 1, parent: node });
  }
  return undefined;
}

/** `a.b.c`, or for a deep one its start and end: `a.b.c.….y.z`. */
function pathOf(node: Node): string {
  const keys: string[] = [];
  for (let n: Node | undefined = node; n; n = n.parent) keys.unshift(n.key);
  return keys.length <= 6 ? keys.join('.') : `${keys.slice(0, 3).join('.')}.….${keys.slice(-2).join('.')}`;
}
