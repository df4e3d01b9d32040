import { endpoint, type ToolsetAbout } from '../src/endpoint.js';

export const about: ToolsetAbout = {
  description: 'API health check.',
  searchWords: 'health status version system ping alive up reachable online',
};

export default [
  endpoint({
    name: 'general_ping',
    title: 'Ping Make API',
    description: 'Check that Make\'s API is reachable and the token is accepted; answers "pong".',
    route: 'GET /ping',
    scope: null,
    effect: 'read',
    input: () => ({}),
    example: {},
  }),
];
