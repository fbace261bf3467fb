import type { Sequelize } from 'sequelize';

/** A driver connection, by the parts that lead to its socket: mysql2 holds it as `stream`, pg one level down. */
interface DriverConnection {
  stream?: { destroy(error?: Error): void };
  connection?: { stream?: { destroy(error?: Error): void } };
}

/** The socket under a mysql2 or pg connection, which a deadline destroys. */
export const socketOf = (connection: object | undefined) => {
  const driver = connection as DriverConnection | undefined;
  return driver?.stream ?? driver?.connection?.stream;
};

export const DEADLINE_MESSAGE = 'The database did not answer before the query deadline.';

/**
 * Gives every query of a server database a deadline. A database that keeps its connections open
 * but stops answering would otherwise hold each request, and its pooled connection, for as long
 * as TCP takes to notice. Past the deadline the connection's socket is destroyed: the query fails
 * at once, the pool drops the connection, and the server rolls back whatever it had begun.
 */
export function armQueryDeadlines(sequelize: Sequelize, deadlineMs: number): void {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  sequelize.addHook('beforeQuery', (_options, query) => {
    const socket = socketOf((query as { connection?: object }).connection);
    if (!socket) return;
    timers.set(query, setTimeout(() => socket.destroy(new Error(DEADLINE_MESSAGE)), deadlineMs).unref());
  });
  sequelize.addHook('afterQuery', (_options, query) => {
    clearTimeout(timers.get(query));
  });
}
