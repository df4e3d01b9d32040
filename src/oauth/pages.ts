// The pages a person may see from make-mcp itself during a sign-in: only when there is nowhere safe to send them.
const PAGES = {
  expired: [
    'This sign-in link has expired or was already used',
    'Start again from your MCP client (connect or sign in once more).',
  ],
  'make-failed': [
    'Make did not complete the sign-in',
    'Make refused to finish it or could not be reached. Start again from your MCP client; ' +
      'if it keeps failing, tell whoever runs this server.',
  ],
  unavailable: ['This server cannot complete sign-ins right now', 'Its storage is unavailable. Try again in a minute.'],
} as const;

export function errorPage(kind: keyof typeof PAGES): string {
  const [title, text] = PAGES[kind];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>make-mcp — ${title}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}h1{color:#a00}</style></head>
<body><h1>${title}</h1><p>${text}</p><p><small>make-mcp · sign-in with Make</small></p></body></html>`;
}
