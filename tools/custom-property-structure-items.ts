import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The fields (custom scenario properties) of a custom property structure.',
  searchWords: 'custom property field item option',
};

const ITEM_FIELDS = ['id', 'name', 'label', 'description', 'type', 'options', 'required'] as const;
const TYPES = ['boolean', 'number', 'shortText', 'longText', 'date', 'dropdown', 'multiselect'] as const;
const itemId = () => p.id('item', 'custom-property-structure-items_list');
// Make also pages and sorts this list (pg[…]); a structure has few fields, so left out to keep the listing small.
const fields = () => ({
  description: z.string().optional().describe('Help text.'),
  options: z.array(z.unknown()).optional().describe('For dropdown/multiselect, e.g. [{"value":"Sales"}].'),
  required: z.boolean().optional().describe('true: a value is mandatory.'),
});

export default [
  endpoint({
    name: 'custom-property-structure-items_list',
    title: 'List custom property fields',
    description: "List a structure's fields (custom scenario properties).",
    route: 'GET /custom-property-structures/{customPropertyStructureId}/custom-property-structure-items',
    scope: 'custom-property-structures:read',
    effect: 'read',
    input: () => ({
      customPropertyStructureId: p.id('structure', 'custom-property-structures_list'),
      // Filters: newer than Make's 2024-12 document; Make's own client sends them. Texts match as
      // case-insensitive regular expressions.
      id: p.id('item').optional().describe('Only this item.'),
      name: z.string().min(1).optional().describe('Name matches this pattern.'),
      label: z.string().min(1).optional().describe('Label matches this pattern.'),
      description: z.string().min(1).optional().describe('Description matches this pattern.'),
      type: z.enum(TYPES).optional().describe('Only this data type.'),
      required: z.boolean().optional().describe('Only required (true) or optional (false) items.'),
      cols: p.cols(ITEM_FIELDS),
    }),
    result: 'customPropertyStructureItems',
    example: { customPropertyStructureId: 21, cols: ['id', 'name', 'type'] },
  }),

  endpoint({
    name: 'custom-property-structure-items_create',
    title: 'Add custom property field',
    description: 'Add a field (custom scenario property) to a structure.',
    route: 'POST /custom-property-structures/{customPropertyStructureId}/custom-property-structure-items',
    scope: 'custom-property-structures:write',
    effect: 'write',
    input: () => ({
      customPropertyStructureId: p.id('structure', 'custom-property-structures_list'),
      name: z.string().describe('Unique key, e.g. "dept".'),
      label: z.string().describe('Column header.'),
      type: z.enum(TYPES).describe('Data type.'),
      ...fields(),
    }),
    result: 'customPropertyStructureItem',
    example: {
      customPropertyStructureId: 21,
      name: 'department',
      label: 'Department',
      type: 'dropdown',
      options: [{ value: 'Sales' }, { value: 'Marketing' }],
    },
  }),

  endpoint({
    name: 'custom-property-structure-items_update',
    title: 'Update custom property field',
    description: 'Edit a custom property field. Omitted fields stay.',
    route: 'PATCH /custom-property-structures/custom-property-structure-items/{customPropertyStructureItemId}',
    scope: 'custom-property-structures:write',
    effect: 'write',
    input: () => ({
      customPropertyStructureItemId: itemId(),
      label: z.string().optional().describe('New column header.'),
      ...fields(),
    }),
    result: 'customPropertyStructureItem',
    example: { customPropertyStructureItemId: 31, label: 'Team', required: true },
  }),

  endpoint({
    name: 'custom-property-structure-items_delete',
    title: 'Delete custom property field',
    description: 'Delete a custom property field; its values on all scenarios are lost.',
    route: 'DELETE /custom-property-structures/custom-property-structure-items/{customPropertyStructureItemId}',
    scope: 'custom-property-structures:write',
    effect: 'destructive',
    input: () => ({
      customPropertyStructureItemId: itemId(),
      confirmed: p.makeConfirmed('it is in use'),
    }),
    makeConfirmFlag: 'confirmed',
    result: 'customPropertyStructureItem',
    example: { customPropertyStructureItemId: 31 },
  }),
];
