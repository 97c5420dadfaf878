import { connect, createServer, type Server, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A tiny HTTPS proxy for Firefox, which has no --host-resolver-rules: a PAC file sends the CRMs'
 * host names here, and every CONNECT tunnel goes to the demo server, whatever host it names.
 * The TLS handshake still happens between Firefox and the demo server, under the real host name.
 */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    track(client);
    client.once('data', (head) => {
      const requestLine = head.toString('latin1').split('\r\n', 1)[0] ?? '';
      if (!requestLine.startsWith('CONNECT ')) {
        client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The proxy has no port');
  return {
    port: address.port,
    // Open tunnels would keep `close` waiting for ever (a browser that did not quit holds them).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** A PAC script that proxies only the given hosts; everything else goes direct (and nowhere here). */
export function pacScript(hosts: readonly string[], proxyPort: number): string {
  return `function FindProxyForURL(url, host) {
  var hosts = ${JSON.stringify(hosts)};
  for (var i = 0; i < hosts.length; i++) if (host === hosts[i]) return "PROXY 127.0.0.1:${proxyPort}";
  return "DIRECT";
}`;
}
