// A real redis-server for the shared rate limit's tests: on 127.0.0.1, on a free port, nothing written to disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RedisServer {
  /** redis://[:password@]127.0.0.1:port */
  url: string;
  port: number;
  /** Kills the server; its data is gone (nothing is persisted). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** SIGSTOP: the port still accepts connections but no command is ever answered. */
  freeze(): void;
  thaw(): void;
}

interface Running {
  /** The shell that watches the server. */
  watcher: ChildProcess;
  pid: number;
}

export async function startRedis(options: { password?: string } = {}): Promise<RedisServer> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (options.password) args.push('--requirepass', options.password);
  let server = await launch(args);
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : '';
  return {
    url: `redis://${auth}127.0.0.1:${port}`,
    port,
    stop: () => stop(server),
    async restart() {
      await stop(server);
      server = await launch(args);
    },
    freeze: () => process.kill(server.pid, 'SIGSTOP'),
    thaw: () => process.kill(server.pid, 'SIGCONT'),
  };
}

// The server runs under a shell that kills it once its stdin closes: on stop(), or when the test process ends in
// any way (a test that times out never reaches its stop(), and a killed worker runs no exit handler).
// The shell itself ends when the server does, so a server that cannot start is reported at once.
// (A background job's stdin is /dev/null unless redirected: hence fd 3.)
const WATCH =
  'exec 3<&0; redis-server "$@" </dev/null & pid=$!; echo "pid $pid"; (read -r _ <&3; kill -9 $pid 2>/dev/null) & wait $pid';

/** Resolves once the server says it accepts connections. */
function launch(args: string[]): Promise<Running> {
  return new Promise((resolve, reject) => {
    const watcher = spawn('/bin/sh', ['-c', WATCH, 'sh', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const pid = /^pid (\d+)$/m.exec(output)?.[1];
      if (pid && output.includes('Ready to accept connections')) {
        watcher.stdout!.off('data', onData);
        watcher.stdout!.resume(); // keep draining so the server never blocks on a full pipe
        resolve({ watcher, pid: Number(pid) });
      }
    };
    watcher.stdout!.on('data', onData);
    watcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    watcher.once('error', reject);
    watcher.once('exit', () =>
      reject(new Error(`redis-server did not start (install it: apt-get install redis-server):\n${output}`)),
    );
  });
}

function stop({ watcher }: Running): Promise<void> {
  if (watcher.exitCode !== null || watcher.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    watcher.once('exit', () => resolve()); // after `wait`: the server is gone and its port free
    watcher.stdin!.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
