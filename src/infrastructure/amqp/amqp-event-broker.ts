import { type ChannelModel, type ConfirmChannel, connect } from 'amqplib';
import type { EventBroker, OutgoingEvent } from '../../application/ports/event-broker';
import type { Logger } from '../logger';

const CONNECT_TIMEOUT_MS = 2_000;

/**
 * Publishes events to a durable topic exchange on RabbitMQ, routed by their type, as persistent
 * messages whose id is the event's, and waits for the broker's confirms. A lost connection is
 * dropped and made again on the next publish, so the relay's rounds retry it for as long as the
 * broker is away.
 */
export class AmqpEventBroker implements EventBroker {
  private connection: ChannelModel | undefined;
  private channel: Promise<ConfirmChannel> | undefined;

  constructor(
    private readonly url: string,
    private readonly exchange: string,
    private readonly logger: Logger,
  ) {}

  async publish(events: OutgoingEvent[]): Promise<void> {
    try {
      const channel = await (this.channel ??= this.open());
      for (const event of events) {
        channel.publish(this.exchange, event.type, Buffer.from(event.body), {
          persistent: true,
          messageId: event.id,
          type: event.type,
          contentType: 'application/json',
        });
      }
      await channel.waitForConfirms();
    } catch (error) {
      await this.drop();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.drop();
  }

  private async open(): Promise<ConfirmChannel> {
    const connection = await connect(this.url, { timeout: CONNECT_TIMEOUT_MS });
    this.connection = connection;
    connection.on('error', (error: Error) => this.logger.warn({ err: error }, 'the message broker connection failed'));
    connection.on('close', () => {
      if (this.connection === connection) this.forget();
    });
    const channel = await connection.createConfirmChannel();
    channel.on('error', (error: Error) => this.logger.warn({ err: error }, 'the message broker channel failed'));
    await channel.assertExchange(this.exchange, 'topic', { durable: true });
    this.logger.info({ exchange: this.exchange }, 'publishing events to the message broker');
    return channel;
  }

  private forget(): void {
    this.connection = undefined;
    this.channel = undefined;
  }

  private async drop(): Promise<void> {
    const connection = this.connection;
    this.forget();
    await connection?.close().catch(() => undefined);
  }
}
