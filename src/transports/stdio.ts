// MCP over stdio with bounded lines. The SDK's transport buffers a whole line however long (re-copying it on each
// chunk), ends the server without a word when a line passes 10 MiB, and drops a line that is not JSON-RPC
// silently. Here a line over the bound is skipped as it streams (never held), and every bad line gets the
// JSON-RPC error the specification prescribes plus a line on stderr; the server keeps serving.
import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** The same bound as an HTTP request body. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

const NEWLINE = 0x0a;

export class BoundedStdioTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  private pieces: Buffer[] = [];
  private size = 0;
  /** Inside a line past the bound: its bytes are dropped up to the next newline. */
  private skipping = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    private readonly log: (line: string) => void,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('error', this.onInputError);
  }

  async close(): Promise<void> {
    this.input.off('data', this.onData);
    this.input.off('error', this.onInputError);
    this.pieces = [];
    this.onclose?.();
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.output.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.output.once('drain', resolve);
    });
  }

  private readonly onInputError = (error: Error) => this.onerror?.(error);

  private readonly onData = (chunk: Buffer) => {
    for (let start = 0; ;) {
      const end = chunk.indexOf(NEWLINE, start);
      const piece = chunk.subarray(start, end < 0 ? chunk.length : end);
      if (!this.skipping) {
        if (this.size + piece.length <= this.maxLineBytes) {
          this.pieces.push(piece);
          this.size += piece.length;
        } else {
          this.skipping = true;
          this.pieces = [];
          this.size = 0;
          this.refuse(-32600, `Invalid Request: a message may have at most ${this.maxLineBytes} bytes`, null);
        }
      }
      if (end < 0) return;
      if (this.skipping) this.skipping = false;
      else this.line(Buffer.concat(this.pieces).toString('utf8'));
      this.pieces = [];
      this.size = 0;
      start = end + 1;
    }
  };

  private line(text: string): void {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.refuse(-32700, 'Parse error: the line is not valid JSON', null);
    }
    const message = JSONRPCMessageSchema.safeParse(value);
    if (!message.success) return this.refuse(-32600, 'Invalid Request: not a JSON-RPC 2.0 message', idOf(value));
    this.onmessage?.(message.data);
  }

  private refuse(code: number, message: string, id: string | number | null): void {
    this.log(`stdio: ${message}; answered with error ${code}`);
    // the SDK's message type has no id-less error; JSON-RPC prescribes id null when the id cannot be read
    void this.send({ jsonrpc: '2.0', id, error: { code, message } } as unknown as JSONRPCMessage);
  }
}

/** The request's id when it has a readable one, so the client can match the error to its request. */
function idOf(value: unknown): string | number | null {
  const id = value && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}
