await import('@modelcontextprotocol/sdk/server/mcp.js'); await import('@modelcontextprotocol/sdk/validation/ajv-provider.js'); await import('zod'); await import('zod/v3');
await import('./dist/src/declarations/load.js');
for (const f of ['chunk-YGF5ETE2.js','chunk-C7I4DE2J.js','chunk-X5OEKH3N.js','chunk-P7KED4UI.js','chunk-E6Z3S733.js','chunk-XY6GHZZR.js','chunk-WAP7RK56.js']) {
  const t0 = performance.now(); await import('./dist/src/' + f); console.log(f, (performance.now() - t0).toFixed(2));
}
const t0 = performance.now();
await import('./dist/src/cli.js');
console.log('cli', (performance.now() - t0).toFixed(2));
