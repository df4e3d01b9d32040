import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "The values a scenario holds for its organization's custom property fields.",
  searchWords: 'custom properties metadata fields tags',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');
const values = (what: string) =>
  z
    .record(z.unknown())
    .refine((d) => Object.keys(d).length > 0, 'must name at least one property')
    .describe(`${what} by property name, at least one: {"customId":48}.`);

export default [
  endpoint({
    name: 'scenario-custom-properties_get',
    title: 'Get scenario custom properties',
    description: 'Get the custom property values of a scenario.',
    route: 'GET /scenarios/{scenarioId}/custom-properties',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'customProperties',
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenario-custom-properties_create',
    title: 'Fill in scenario custom properties',
    description: 'Set custom property values of a scenario that has none yet; each required one needs a value.',
    route: 'POST /scenarios/{scenarioId}/custom-properties',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId(), customProperties: values('The values') }),
    spread: 'customProperties',
    result: 'customProperties',
    example: { scenarioId: 501, customProperties: { customId: 48, location: 'Vienna' } },
  }),

  endpoint({
    name: 'scenario-custom-properties_update',
    title: 'Update scenario custom properties',
    description: 'Change some custom property values of a scenario; the others stay.',
    route: 'PATCH /scenarios/{scenarioId}/custom-properties',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId(), customProperties: values('Values to change') }),
    spread: 'customProperties',
    result: 'customProperties',
    example: { scenarioId: 501, customProperties: { location: 'Vienna' } },
  }),

  endpoint({
    name: 'scenario-custom-properties_replace',
    title: 'Replace scenario custom properties',
    description: 'Replace all custom property values of a scenario: values not sent are cleared.',
    route: 'PUT /scenarios/{scenarioId}/custom-properties',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId(), customProperties: values('All values') }),
    spread: 'customProperties',
    result: 'customProperties',
    example: { scenarioId: 501, customProperties: { customId: 48, category: ['marketing'] } },
  }),

  endpoint({
    name: 'scenario-custom-properties_delete',
    title: 'Delete scenario custom properties',
    description: 'Delete all custom property values of a scenario for good. Make requires confirmed.',
    route: 'DELETE /scenarios/{scenarioId}/custom-properties',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId(), confirmed: p.makeConfirmed('the values are lost') }),
    makeConfirmFlag: 'confirmed',
    result: 'ok',
    example: { scenarioId: 501, confirmed: true },
  }),
];
