import { once } from 'node:events';
import { type AddressInfo, type Server, type Socket, createConnection, createServer } from 'node:net';

/**
 * How the path to the database fails. `refused`: every open connection is reset and new ones are
 * refused. `black hole`: connections stay open, or are accepted, but nothing comes back, as when
 * a firewall drops packets.
 */
export type Outage = 'refused' | 'black hole';

interface Link {
  client: Socket;
  upstream?: Socket;
  /** The client hung up during a black hole: the database hears of it only once the path is back. */
  clientGone?: boolean;
}

/** A TCP relay on loopback to the database server, which can be cut and restored. */
export class TcpProxy {
  private readonly links = new Set<Link>();
  private server: Server | undefined;
  private state: 'open' | Outage | 'closed' = 'open';
  private listeningPort = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  get port(): number {
    return this.listeningPort;
  }

  start(): Promise<void> {
    return this.listen(0);
  }

  async cut(outage: Outage): Promise<void> {
    this.state = outage;
    if (outage === 'refused') {
      for (const link of this.links) this.reset(link);
      this.links.clear();
      await this.stopListening();
      return;
    }
    for (const { client, upstream } of this.links) {
      if (!upstream) continue;
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  /** Brings the path back; what a black hole held is delivered late, as TCP would retransmit it. */
  async restore(): Promise<void> {
    const previous = this.state;
    if (previous === 'open' || previous === 'closed') return;
    this.state = 'open';
    if (previous === 'refused') {
      await this.listen(this.listeningPort);
      return;
    }
    for (const link of this.links) {
      if (link.clientGone) this.drop(link);
      else if (link.upstream) this.join(link.client, link.upstream);
      else this.connect(link);
    }
  }

  async close(): Promise<void> {
    this.state = 'closed';
    for (const link of this.links) this.drop(link);
    await this.stopListening();
  }

  private async listen(port: number): Promise<void> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    this.listeningPort = (server.address() as AddressInfo).port;
  }

  private async stopListening(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server?.listening) await new Promise((resolve) => server.close(resolve));
  }

  private accept(client: Socket): void {
    const link: Link = { client };
    this.links.add(link);
    client.on('error', () => this.clientLeft(link));
    client.on('close', () => this.clientLeft(link));
    if (this.state === 'open') this.connect(link);
    else client.pause();
  }

  private connect(link: Link): void {
    const upstream = createConnection(this.target);
    link.upstream = upstream;
    upstream.on('error', () => this.drop(link));
    upstream.on('close', () => this.drop(link));
    this.join(link.client, upstream);
  }

  private join(client: Socket, upstream: Socket): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private clientLeft(link: Link): void {
    if (this.state === 'black hole') link.clientGone = true;
    else this.drop(link);
  }

  private drop(link: Link): void {
    if (!this.links.delete(link)) return;
    link.client.destroy();
    link.upstream?.destroy();
  }

  private reset(link: Link): void {
    for (const socket of [link.client, link.upstream]) {
      if (!socket || socket.destroyed) continue;
      // A reset rather than a polite close, as a crashed server or a dropped route gives.
      if (socket.connecting) socket.destroy();
      else socket.resetAndDestroy();
    }
  }
}
