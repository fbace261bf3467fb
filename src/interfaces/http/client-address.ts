import ipaddr from 'ipaddr.js';

/**
 * The key that per-client limits count a client address under. One IPv6 subscriber is handed a
 * whole /64 and can pick any address in it, so IPv6 clients are counted by their /64; an
 * IPv4-mapped IPv6 address counts as the IPv4 address it carries.
 */
export function clientKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}
