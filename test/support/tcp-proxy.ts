/**
 * A TCP proxy in front of a server, for tests of a connection dropping mid-call:
 *
 *   const proxy = await startTcpProxy({ port: cluster.port });   // listens on 127.0.0.1:<proxy.port>
 *   ... connect to proxy.host:proxy.port instead of the server ...
 *   proxy.cut();          // destroys every open connection, both sides (new ones still pass)
 *   proxy.pause(true);    // holds bytes from the server back (a call then hangs until cut)
 *   await proxy.close();  // cuts and stops listening
 */
import net from 'node:net';

export type TcpProxy = {
  host: string;
  port: number;
  /** Connections open now. */
  readonly openConnections: number;
  /** Destroys every open connection at once, as a network failure would. */
  cut(): void;
  /** While paused, the server's answers are held back (so a test can cut in the middle of a call). */
  pause(paused: boolean): void;
  close(): Promise<void>;
};

export async function startTcpProxy(target: { host?: string; port: number }, options: { listenHost?: string } = {}): Promise<TcpProxy> {
  const targetHost = target.host ?? '127.0.0.1';
  const listenHost = options.listenHost ?? '127.0.0.1';
  const open = new Set<net.Socket>();
  const upstreams = new Set<net.Socket>();
  let paused = false;

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, targetHost);
    open.add(client);
    upstreams.add(upstream);
    if (paused) upstream.pause();
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      upstreams.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, listenHost, () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;

  const cut = () => {
    for (const socket of [...open, ...upstreams]) socket.destroy();
    open.clear();
    upstreams.clear();
  };
  return {
    host: listenHost,
    port,
    get openConnections() {
      return open.size;
    },
    cut,
    pause(value) {
      paused = value;
      for (const upstream of upstreams) {
        if (value) upstream.pause();
        else upstream.resume();
      }
    },
    close() {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
