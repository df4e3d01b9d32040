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

/** Whether a tool takes `confirm` and does nothing without it: the destructive ones. */
export function takesConfirm(endpoint: EndpointData): boolean {
  return endpoint.effect === 'destructive';
}

/**
 * The configured defaults a tool applies: only to inputs Make requires (`required`). An optional teamId or
 * organizationId is often one of a pair of which Make wants exactly one, and filling both would be refused.
 */
export function applicableDefaults(defaults: Defaults, required: (key: string) => boolean): [string, unknown][] {
  return Object.entries(defaults).filter(([key, value]) => value !== undefined && required(key));
}

/** A defaulted input's description: its own, then the value used when the model leaves it out. */
export function describedWithDefault(description: string | undefined, value: unknown): string {
  return `${description ?? ''} Defaults to ${value}.`.trim();
}

export function defineTool(endpoint: Endpoint, defaults: Defaults, catalogueNames: ReadonlySet<string>): Tool {
  const shape: z.ZodRawShape = { ...endpoint.input };
  const applicable = applicableDefaults(defaults, (key) => key in shape && !shape[key].isOptional());
  for (const [key, value] of applicable) {
    shape[key] = shape[key].optional().describe(describedWithDefault(shape[key].description, value));
  }
  if (takesConfirm(endpoint)) shape.confirm = z.boolean().optional().describe(CONFIRM_DESCRIPTION);
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
