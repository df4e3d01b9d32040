// The committed docs are what scripts/docs.ts makes of the catalogue (npm run docs regenerates them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../../src/pipeline/select.js';
import { toolsets } from '../../../tools/index.js';

const endpoints = allEndpoints(toolsets);

describe('generated docs', () => {
  it("docs/tools.md and the README's toolset summary and scope table match the catalogue (run npm run docs after changing tools/)", async () => {
    const { renderToolReference, withGeneratedSections } = await import('../../../scripts/docs.js');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(withGeneratedSections(readme)).toBe(readme);
    expect(readFileSync(new URL('../../../docs/tools.md', import.meta.url), 'utf8')).toBe(renderToolReference());
  });

  it('lists every tool in docs/tools.md', async () => {
    const reference = readFileSync(new URL('../../../docs/tools.md', import.meta.url), 'utf8');
    for (const e of endpoints) expect(reference, e.name).toContain(`| \`${e.name}\` |`);
  });
});
