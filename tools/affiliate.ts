import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "The current user's partner registration, commissions and payouts.",
  searchWords: 'affiliate partner referral commission payout',
};

const { limit, offset } = p.pagination(['id']);
const dateFrom = () => z.string().date().optional().describe('YYYY-MM-DD.');
const dateTo = () => z.string().date().optional().describe('YYYY-MM-DD.');

export default [
  endpoint({
    name: 'affiliate_register-partner',
    title: 'Register affiliate partner',
    description: "Enrol the current user in Make's affiliate program, accepting its terms; cannot be undone.",
    route: 'POST /affiliate/partner-register',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      partnerCode: z.string().min(1).describe('Code for partner links.'),
      paypalMeLink: z.string().min(1).describe('For payouts, e.g. paypal.me/name.'),
      termsAndConditions: z.boolean().describe('True: the user accepts the terms.'),
    }),
    result: 'ok',
    example: { partnerCode: 'acmepartner', paypalMeLink: 'paypal.me/acme', termsAndConditions: true },
  }),

  endpoint({
    name: 'affiliate_get-stats',
    title: 'Get affiliate stats',
    description: 'Get daily partner stats: visits, registrations, commission.',
    route: 'GET /affiliate/stats',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ dateFrom: dateFrom(), dateTo: dateTo() }),
    result: 'stats',
    example: { dateFrom: '2026-01-01', dateTo: '2026-01-31' },
  }),

  endpoint({
    name: 'affiliate_list-commissions',
    title: 'List affiliate commissions',
    description: 'List partner commissions: organization, amount, status, payout dates.',
    route: 'GET /affiliate/commissions',
    scope: 'user:read',
    effect: 'read',
    input: () => ({
      statusId: z.number().int().optional().describe('Status filter.'),
      dateFrom: dateFrom(),
      dateTo: dateTo(),
      limit,
      offset,
    }),
    result: 'commisions',
    example: { dateFrom: '2026-01-01', statusId: 1, limit: 20 },
  }),

  endpoint({
    name: 'affiliate_get-commission-info',
    title: 'Get affiliate summary',
    description: 'Get the partner summary: code, available and minimum payout, earnings, conversion rates.',
    route: 'GET /affiliate/commission-info',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ dateFrom: dateFrom(), dateTo: dateTo() }),
    example: { dateFrom: '2026-01-01', dateTo: '2026-01-31' },
  }),

  endpoint({
    name: 'affiliate_request-payout',
    title: 'Request affiliate payout',
    description: 'Ask Make to pay out the available commission; cannot be withdrawn.',
    route: 'POST /affiliate/payout-request',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({}),
    result: 'ok',
    example: {},
  }),
];
