import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';

export const about: ToolsetAbout = {
  description: "Make's plans (products), their prices, and VAT ID formats, as used for subscriptions.",
  searchWords: 'price pricing product plan plans vat tax buy purchase addon tier',
};

export default [
  endpoint({
    name: 'cashier_list-products',
    title: 'List plans and extras',
    description: "List Make's plans and extras with limits and prices (price IDs for subscriptions).",
    route: 'GET /cashier/products',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      type: z.enum(['PLAN', 'EXTRA']).optional().describe('Plans or extras.'),
      includeInvisible: z.boolean().optional().describe('Include hidden products.'),
      relatedPriceId: z.number().int().min(1).optional().describe('Only products related to this price.'),
    }),
    result: 'products',
    example: { type: 'PLAN', includeInvisible: false },
  }),

  endpoint({
    name: 'cashier_get-price',
    title: 'Get price',
    description: 'Get one price: amount, currency, period, and the limits it buys.',
    route: 'GET /cashier/prices/{priceId}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      priceId: z.union([z.number().int().min(1), z.string().min(1)]).describe('Price ID, from cashier_list-products.'),
    }),
    example: { priceId: 'price-1a2b' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'cashier_list-vat-patterns',
    title: 'List VAT ID patterns',
    description: 'List VAT ID formats per country, to check a taxId for billing details.',
    route: 'GET /cashier/vat-validation/patterns',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({}),
    result: 'patterns',
    example: {},
  }),
];
