// Placeholder: declarations are being written.
import type { Endpoint } from '../src/endpoint.js';

export default [] as Endpoint[];
