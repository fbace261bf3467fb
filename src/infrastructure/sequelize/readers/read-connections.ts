/** How many connections a pool holds idle and in use, and how many reads wait for one. */
export interface PoolCounts {
  idle: number;
  used: number;
  waiting: number;
}

/** Connections of their own for reads outside a unit of work. */
export interface ReadConnections {
  select<Row extends object>(sql: string, values: unknown[]): Promise<Row[]>;
  /** None for connections that are not pooled. */
  counts(): PoolCounts | undefined;
  close(): Promise<void>;
}
