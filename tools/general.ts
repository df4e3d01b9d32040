// General: API health check.
import { endpoint } from '../src/endpoint.js';

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
