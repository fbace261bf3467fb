/** What the interfaces know of the caller's connection, for per-client limits. */
export interface ClientInfo {
  /** The client's address as limits count it: an IPv6 client by its /64. */
  ip: string;
}
