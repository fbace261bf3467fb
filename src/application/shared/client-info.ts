/** What the interfaces know of the caller's connection, for per-client limits. */
export interface ClientInfo {
  ip: string;
}
