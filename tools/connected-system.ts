// Connected systems: on-premise agents that let Make reach apps inside a private network.
import { endpoint } from '../src/endpoint.js';

export default [
  // Not in Make's OpenAPI document (2024-12): only in Make's SDK (enums.connectedSystemApps).
  endpoint({
    name: 'connected-system_list-apps',
    title: 'List connected-system apps',
    description: 'List apps usable through an on-premise connected system (agent).',
    route: 'GET /enums/connected-system-apps',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({}),
    result: 'connectedSystemApps',
    example: {},
  }),
];
