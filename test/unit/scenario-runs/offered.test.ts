import { describe, expect, it } from 'vitest';
import { scenarioToolsWanted } from '../../../src/scenario-runs/offered.js';

describe('scenarioToolsWanted', () => {
  it('wants scenario tools for all or for named ids, never when read-only or for none', () => {
    expect(scenarioToolsWanted({ readOnly: false, scenarioTools: 'all' })).toBe(true);
    expect(scenarioToolsWanted({ readOnly: false, scenarioTools: [5] })).toBe(true);
    expect(scenarioToolsWanted({ readOnly: false, scenarioTools: [] })).toBe(false);
    expect(scenarioToolsWanted({ readOnly: true, scenarioTools: 'all' })).toBe(false);
  });
});
