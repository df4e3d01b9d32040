// The simulator behind a gate: chosen requests are held until the test lets them through, so a test can know a
// call is in flight (or that several are, at once) without waiting on the clock.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';

export interface Gate {
  /** Resolves once `count` matching requests are being held. */
  arrived: Promise<void>;
  /** Lets every held request (and any later match) through to the simulator. */
  release(): void;
}

export interface GatedMake {
  sim: Simulator;
  /** What to set as MAKE_API_URL. */
  url: string;
  /** Holds requests whose path starts with `pathPrefix` (under /api/v2) until released; a newer hold replaces it. */
  hold(pathPrefix: string, count?: number): Gate;
  close(): Promise<void>;
}

export async function startGatedMake(): Promise<GatedMake> {
  const sim = await startSimulator();
  const upstream = new URL(sim.url);
  const gates: { prefix: string; count: number; held: number; arrived: () => void; open: Promise<void> }[] = [];

  const proxy = createServer((req, res) => {
    // the newest hold of a path decides
    const gate = [...gates].reverse().find((g) => (req.url ?? '').startsWith(`/api/v2${g.prefix}`));
    if (gate && ++gate.held === gate.count) gate.arrived();
    void (gate?.open ?? Promise.resolve()).then(() => {
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    sim,
    url: `http://127.0.0.1:${port}`,
    hold(prefix, count = 1) {
      let arrived!: () => void;
      let release!: () => void;
      const gate = {
        prefix,
        count,
        held: 0,
        arrived: () => {},
        open: new Promise<void>((resolve) => (release = resolve)),
      };
      const whenArrived = new Promise<void>((resolve) => (arrived = resolve));
      gate.arrived = arrived;
      gates.push(gate);
      return { arrived: whenArrived, release };
    },
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await sim.close();
    },
  };
}
