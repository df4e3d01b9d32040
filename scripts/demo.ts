// `npm run demo`: starts make-mcp in sandbox mode over stdio and drives it with the SDK's MCP client,
// as an agent would, printing each step.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

async function main(): Promise<void> {
  // --scenario-tools all: the sandbox team's active on-demand scenarios become run_scenario_<id> tools
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [cli, '--sandbox', '--scenario-tools', 'all'],
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) =>
    process.stdout.write(`  [server] ${chunk.toString().trimEnd().replace(/\n/g, '\n  [server] ')}\n`),
  );
  const client = new Client({ name: 'make-mcp-demo', version: '1.0.0' });
  await client.connect(transport);

  step('1. The tools the agent sees');
  const { tools } = await client.listTools();
  for (const tool of tools) {
    const a = tool.annotations ?? {};
    const hints = [
      a.readOnlyHint ? 'read-only' : 'writes',
      a.destructiveHint ? 'DESTRUCTIVE' : '',
      a.openWorldHint ? 'open-world' : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(`  ${tool.name.padEnd(38)} ${hints}`);
  }
  note(
    'The sandbox seeds scenario 515 with two inputs ("First name", "First_name") that would share one property name,',
    'so the server leaves it out and warns (above) rather than guess which one a model means.',
  );

  const call = async (label: string, name: string, args: Record<string, unknown>) => {
    step(label);
    console.log(`  → ${name} ${JSON.stringify(args)}`);
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
    console.log(`  ← ${result.isError ? 'isError: ' : ''}${text.replace(/\n/g, '\n    ')}`);
    return result;
  };

  await call("2. List the team's connections", 'connections_list', { cols: ['id', 'name', 'accountName'] });
  await call('3. Not listed by default: find the tool for the task', 'make_search_tools', {
    query: 'delete a connection',
    limit: 2,
  });
  const del = (args: Record<string, unknown>) => ({
    tool: 'connections_delete',
    arguments: { connectionId: 101, ...args },
  });
  await call('4. Delete it without confirm: refused by make-mcp, nothing is sent', 'make_call_tool', del({}));
  await call('5. With confirm: sent, but Make refuses — a scenario uses it', 'make_call_tool', del({ confirm: true }));
  await call(
    "6. The user agreed: confirm and Make's own confirmed",
    'make_call_tool',
    del({ confirm: true, confirmed: true }),
  );
  await call('7. List again: it is gone', 'connections_list', { cols: ['id', 'name', 'accountName'] });
  await call('8. Run a scenario that is switched off: Make refuses', 'scenarios_run', {
    scenarioId: 502,
    confirm: true,
  });
  await call('9. Switch it on', 'scenarios_activate', { scenarioId: 502 });
  await call('10. Run it, waiting for the result', 'scenarios_run', {
    scenarioId: 502,
    responsive: true,
    confirm: true,
  });

  step('11. A scenario of the team as its own tool: typed inputs from its interface');
  const lead = tools.find((t) => t.name === 'run_scenario_510');
  if (!lead) throw new Error('run_scenario_510 is not listed');
  console.log(`  ${lead.name}: ${lead.description}`);
  console.log(`  inputs: ${JSON.stringify(lead.inputSchema.properties)}`);
  await call('12. Run it: the outputs come back as structured content', lead.name, {
    email: 'ada@example.com',
    fullName: 'Ada Lovelace',
    plan: 'pro',
    tags: ['vip'],
  });

  step('13. Account text is data: a scenario named with an injection attempt');
  note(
    'Scenario 513 is seeded on purpose with instructions, markup and control characters in its name and fields.',
    'Its tool shows them only as quoted, shortened text from the account: the server never follows them.',
  );
  const injected = tools.find((t) => t.name === 'run_scenario_513');
  console.log(`  ${injected?.name}: ${injected?.description}`);

  const write = (tool: string, args: Record<string, unknown>) => ({ tool, arguments: args });
  const created = await call('14. Create an on-demand scenario (inactive at first)', 'make_call_tool', {
    ...write('scenarios_create', {
      teamId: 22,
      blueprint: { name: 'Price an order', flow: [], metadata: { version: 1 } },
      scheduling: { type: 'on-demand' },
    }),
  });
  const scenarioId = (created.structuredContent as { id: number }).id;
  await call('15. Give it inputs and outputs', 'make_call_tool', {
    ...write('scenarios_set-interface', {
      scenarioId,
      interface: {
        input: [{ name: 'orderId', type: 'text', required: true }],
        output: [
          { name: 'orderId', type: 'text' },
          { name: 'total', type: 'number' },
        ],
      },
    }),
  });
  await call('16. Switch it on', 'scenarios_activate', { scenarioId });
  note('The sandbox runs no real modules: each output takes the input of the same name, else a value of its type.');
  await call('17. Run it: outputs shaped by its interface', 'scenarios_run', {
    scenarioId,
    data: { orderId: 'A-1001' },
    responsive: true,
    confirm: true,
  });
  await call('18. Its run in the execution log, with the fields Make gives', 'executions_list', { scenarioId });
  await call('19. What changed, in the audit log', 'make_call_read_tool', {
    tool: 'audit-logs_list-team',
    arguments: { teamId: 22, limit: 3 },
  });

  await client.close();
}

function step(title: string): void {
  console.log(`\n${bold(title)}`);
}

/** What the step shows, where a newcomer would wonder. */
function note(...lines: string[]): void {
  for (const line of lines) console.log(`  · ${line}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
