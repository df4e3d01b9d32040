import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';

export const about: ToolsetAbout = {
  description: 'Looking up and accepting an invitation to join an organization.',
  searchWords: 'invite invitation join',
};

const hash = () => z.string().describe('Invitation hash, from the invitation link.');

export default [
  endpoint({
    name: 'organization-invitations_get',
    title: 'Get organization invitation',
    description: 'Look up an organization invitation: the organization, invitee and offered role.',
    route: 'GET /organizations/invitation',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ hash: hash() }),
    example: { hash: 'inv-1a2b3c' },
  }),

  endpoint({
    name: 'organization-invitations_accept',
    title: 'Accept organization invitation',
    description: 'Accept an invitation: the user joins the organization with the offered role.',
    route: 'POST /organizations/accept-invitation',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({ hash: hash() }),
    example: { hash: 'inv-1a2b3c' },
  }),
];
