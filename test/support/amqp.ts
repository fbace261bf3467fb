import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { type GetMessage, connect } from 'amqplib';

const run = promisify(execFile);

export const TEST_AMQP_URL = process.env.TEST_AMQP_URL;

/** A durable queue bound to every event on a test's own exchange, read by fresh connections. */
export function testQueue() {
  const suffix = randomBytes(4).toString('hex');
  const exchange = `storefront.test.${suffix}`;
  const queue = `storefront.test.${suffix}.all`;
  const withChannel = async <T>(work: (channel: Awaited<ReturnType<Awaited<ReturnType<typeof connect>>['createChannel']>>) => Promise<T>) => {
    const connection = await connect(TEST_AMQP_URL!);
    try {
      return await work(await connection.createChannel());
    } finally {
      await connection.close();
    }
  };
  return {
    exchange,
    declare: () =>
      withChannel(async (channel) => {
        await channel.assertExchange(exchange, 'topic', { durable: true });
        await channel.assertQueue(queue, { durable: true });
        await channel.bindQueue(queue, exchange, '#');
      }),
    /** Takes every message waiting in the queue. */
    drain: () =>
      withChannel(async (channel) => {
        const messages: GetMessage[] = [];
        for (let message = await channel.get(queue); message; message = await channel.get(queue)) {
          messages.push(message);
          channel.ack(message);
        }
        return messages;
      }),
    remove: () =>
      withChannel(async (channel) => {
        await channel.deleteQueue(queue);
        await channel.deleteExchange(exchange);
      }),
  };
}

/** Stops and starts the RabbitMQ application on this machine, as an outage would. */
export const stopBroker = () => run('rabbitmqctl', ['stop_app']);
export const startBroker = () => run('rabbitmqctl', ['start_app']);
