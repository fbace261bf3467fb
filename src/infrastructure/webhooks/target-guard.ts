import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** The ranges a webhook never reaches: link-local holds cloud metadata services. */
const ALWAYS_REFUSED = new Set(['linkLocal']);

/**
 * Which addresses webhooks may be delivered to: public unicast ones, and the private and loopback
 * ones too when the shop allows them (a development machine, a receiver beside the shop).
 */
export class TargetGuard {
  constructor(private readonly allowPrivate: boolean) {}

  allows(address: string): boolean {
    if (!ipaddr.isValid(address)) return false;
    const range = ipaddr.process(address).range();
    if (ALWAYS_REFUSED.has(range)) return false;
    return range === 'unicast' || this.allowPrivate;
  }

  /** Every address a host name resolves to must be allowed; an IP literal is judged as it is. */
  async allowsHost(hostname: string): Promise<boolean> {
    const host = hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host)) return this.allows(host);
    try {
      const addresses = await lookup(host, { all: true });
      return addresses.length > 0 && addresses.every(({ address }) => this.allows(address));
    } catch {
      return false;
    }
  }
}
