import { MakeTools } from '@makehq/sdk/tools';
for (const n of process.argv.slice(2)) {
  const t = MakeTools.find((x) => x.name === n);
  console.log('##', n, t.scope, JSON.stringify(t.inputSchema.properties), 'req', JSON.stringify(t.inputSchema.required));
  console.log('  ', t.execute.toString().replace(/\s+/g, ' ').slice(0, 400));
}
