// A loopback TCP proxy that drops every connection once the client has sent `cutAfter` bytes
// in total — a network that fails halfway through a push. `heal()` lets traffic through again.
import { createServer, connect, type Socket } from 'node:net';

export type CutProxy = {
  readonly url: string;
  /** Bytes the client sent through the proxy (request headers included). */
  readonly sent: () => number;
  readonly isCut: () => boolean;
  heal(): void;
  close(): Promise<void>;
};

export async function cutProxy(targetPort: number, cutAfter: number): Promise<CutProxy> {
  let sent = 0;
  let isCut = false;
  let isHealed = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (isCut && !isHealed) return drop();
      const room = isHealed ? chunk.length : cutAfter - sent;
      if (room < chunk.length) {
        if (room > 0) upstream.write(chunk.subarray(0, room));
        sent += Math.max(0, room);
        isCut = true;
        return drop();
      }
      sent += chunk.length;
      upstream.write(chunk);
      return undefined;
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    for (const s of [client, upstream]) {
      s.on('error', drop);
      s.on('close', () => {
        sockets.delete(s);
        drop();
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => sent,
    isCut: () => isCut,
    heal: () => {
      isHealed = true;
    },
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
