import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The subscription (plan), payments, payment methods and discounts. Most changes spend money.',
  searchWords: 'billing invoice payment subscription plan card visa mastercard charged pay cancel upgrade downgrade',
};

const { limit, offset } = p.pagination(['created']);

const customer = () =>
  z
    .object({ email: z.string(), name: z.string(), isBusiness: z.boolean(), countryId: z.number().int() })
    .passthrough()
    .optional()
    .describe('Billing details; also companyName, taxId, city, line1, line2, postalCode, state.');

const priceId = () => z.number().int().min(1).describe('Price ID, from cashier_list-products.');
const paymentMethodId = () => p.key('payment method ID', 'organization-billing_list-payment-methods');

export default [
  endpoint({
    name: 'organization-billing_list-payments',
    title: 'List payments',
    description: "List an organization's past payments with invoice links.",
    route: 'GET /organizations/{organizationId}/payments',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId(), limit, offset }),
    result: 'payments',
    example: { organizationId: 11, limit: 10, offset: 10 },
  }),

  endpoint({
    name: 'organization-billing_get-subscription',
    title: 'Get subscription',
    description: "Get the organization's active plan: price, next bill date, any coupon.",
    route: 'GET /organizations/{organizationId}/subscription',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'product',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organization-billing_create-subscription',
    title: 'Create subscription',
    description:
      'Spends money: subscribe the organization to a paid plan; charges at once (irreversible) or returns a checkout url.',
    route: 'POST /organizations/{organizationId}/subscription',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({
      organizationId: p.organizationId(),
      priceId: priceId(),
      couponCode: z.string().optional().describe('Coupon code.'),
      doNotCharge: z.boolean().optional().describe('True: do not charge now.'),
      customer: customer(),
    }),
    example: { organizationId: 11, priceId: 10, couponCode: 'WELCOME10' },
  }),

  endpoint({
    name: 'organization-billing_update-subscription',
    title: 'Change subscription',
    description:
      'Spends money: move the organization to another plan or price; upgrades are charged, downgrades cut limits.',
    route: 'PATCH /organizations/{organizationId}/subscription',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({ organizationId: p.organizationId(), priceId: priceId(), customer: customer() }),
    result: 'ok',
    example: {
      organizationId: 11,
      priceId: 10,
      customer: { email: 'billing@example.com', name: 'Acme s.r.o.', isBusiness: true, countryId: 1 },
    },
  }),

  endpoint({
    name: 'organization-billing_cancel-subscription',
    title: 'Cancel subscription',
    description: 'Cancel the paid plan; its operations and features end with the period.',
    route: 'DELETE /organizations/{organizationId}/subscription',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'ok',
    example: { organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organization-billing_list-payment-method-types',
    title: 'List payment method types',
    description: 'List the kinds of payment method (card...) the organization can add.',
    route: 'GET /organizations/{organizationId}/subscription/payment-method-types',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'paymentMethodTypes',
    example: { organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organization-billing_list-payment-methods',
    title: 'List payment methods',
    description: "List the organization's saved payment methods and which is the default.",
    route: 'GET /organizations/{organizationId}/subscription/payment-methods',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'paymentMethods',
    example: { organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organization-billing_delete-payment-method',
    title: 'Delete payment method',
    description: 'Remove a saved payment method; renewals fail if none is left.',
    route: 'DELETE /organizations/{organizationId}/subscription/payment-methods/{paymentMethodId}',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({ organizationId: p.organizationId(), paymentMethodId: paymentMethodId() }),
    result: 'ok',
    example: { organizationId: 11, paymentMethodId: 'pm-1a2b' },
  }),

  // The type of target is assumed.
  endpoint({
    source: 'make-reference',
    name: 'organization-billing_set-default-payment-method',
    title: 'Set default payment method',
    description: 'Billing change: future charges go to this saved payment method.',
    route: 'PATCH /organizations/{organizationId}/subscription/payment-methods/{paymentMethodId}/default',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      paymentMethodId: paymentMethodId(),
      target: z.string().optional().describe('What it is the default for.'),
    }),
    example: { organizationId: 11, paymentMethodId: 'pm-1a2b' },
  }),

  endpoint({
    name: 'organization-billing_switch-to-free',
    title: 'Switch to Free plan',
    description: 'Move the organization to the Free plan, ending the paid one: paid operations and features are lost.',
    route: 'POST /organizations/{organizationId}/subscription-free',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({
      organizationId: p.organizationId(),
      confirmed: p.makeConfirmed('it exceeds Free limits'),
    }),
    query: ['confirmed'],
    makeConfirmFlag: 'confirmed',
    example: { organizationId: 11, confirmed: true },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organization-billing_get-universal-discount',
    title: 'Get universal discount',
    description: 'Get the discount on offer to the organization, if any.',
    route: 'GET /organizations/{organizationId}/universal-discount',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'universalDiscount',
    example: { organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organization-billing_claim-cancellation-offer',
    title: 'Claim cancellation offer',
    description: 'Billing change: accept the discount Make offers to stay; cannot be undone.',
    route: 'POST /organizations/{organizationId}/universal-discount/claim-cancellation-offer',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'ok',
    example: { organizationId: 11 },
  }),

  // The type of the ID is assumed.
  endpoint({
    source: 'make-reference',
    name: 'organization-billing_redeem-universal-discount',
    title: 'Redeem universal discount',
    description: 'Billing change: apply an offered discount to the subscription; cannot be undone.',
    route: 'POST /organizations/{organizationId}/universal-discount/redeem',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({
      organizationId: p.organizationId(),
      universalDiscountId: z
        .number()
        .int()
        .min(1)
        .describe('Discount ID, from organization-billing_get-universal-discount.'),
    }),
    result: 'ok',
    example: { organizationId: 11, universalDiscountId: 5 },
  }),
];
