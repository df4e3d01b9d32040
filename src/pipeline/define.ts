// From a declaration to a tool: its input as the model sees it (configured defaults, the confirm argument), its
// annotations, and the list tool its failures name.
import { z } from 'zod';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { methodOf, type Endpoint, type EndpointData } from '../endpoint.js';
import { resourceOf } from './select.js';

export interface Tool {
  endpoint: Endpoint;
  /** The input as the model sees it: the declaration's, plus `confirm` and configured defaults. */
  shape: z.ZodRawShape;
  schema: z.ZodObject<z.ZodRawShape, 'strict'>;
  /** Configured values for inputs the model may leave out (teamId, organizationId). */
  defaults: Record<string, unknown>;
  annotations: ToolAnnotations;
  /** The tool that lists valid ids of this resource, named in 404 messages. */
  listTool?: string;
}

export interface Defaults {
  teamId?: number;
  organizationId?: number;
}

export const CONFIRM_DESCRIPTION = 'true once the user agreed; else only a preview.';

export function defineTool(endpoint: Endpoint, defaults: Defaults, catalogueNames: ReadonlySet<string>): Tool {
  const shape: z.ZodRawShape = { ...endpoint.input };
  // Only where Make requires the input: an optional teamId/organizationId is often one of a pair of which Make
  // wants exactly one, and filling both would be refused.
  const applicable = Object.entries(defaults).filter(
    ([key, value]) => key in shape && !shape[key].isOptional() && value !== undefined,
  );
  for (const [key, value] of applicable) {
    shape[key] = shape[key].optional().describe(`${shape[key].description ?? ''} Defaults to ${value}.`.trim());
  }
  if (endpoint.effect === 'destructive') shape.confirm = z.boolean().optional().describe(CONFIRM_DESCRIPTION);
  const listTool = `${resourceOf(endpoint.name)}_list`;
  return {
    endpoint,
    shape,
    schema: z.object(shape).strict(),
    defaults: Object.fromEntries(applicable),
    annotations: { title: endpoint.title, ...hintsOf(endpoint) },
    listTool: catalogueNames.has(listTool) && listTool !== endpoint.name ? listTool : undefined,
  };
}

/** All four MCP hints, explicit, from the effect, the method and openWorld. */
export function hintsOf(endpoint: EndpointData) {
  return {
    readOnlyHint: endpoint.effect === 'read',
    destructiveHint: endpoint.effect === 'destructive',
    idempotentHint: endpoint.effect === 'read' || ['GET', 'PUT', 'DELETE'].includes(methodOf(endpoint.route)),
    openWorldHint: endpoint.openWorld === true,
  };
}
