// The catalogue: one toolset per file in tools/, named after the file.
import type { Endpoint } from '../src/endpoint.js';
import connections from './connections.js';

export const toolsets: Record<string, readonly Endpoint[]> = {
  connections,
};

/** Listed when MAKE_TOOLSETS is not set. */
export const defaultToolsets = ['connections'];
