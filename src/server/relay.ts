import { PublishPendingEvents } from '../application/events/publish-pending-events';
import { DeliverDueEvents } from '../application/webhooks/deliver-due-events';
import type { Application } from '../container';

// How often an idle relay looks for due work: the delay between a commit and its delivery.
const IDLE_POLL_MS = 500;
// A broker that is away is tried again after a growing pause, up to this.
const BROKER_RETRY_MAX_MS = 5_000;

/**
 * Delivers the events the outbox holds to webhooks and, when there is one, to the message broker,
 * in the background of every server process and never in the request that caused them. Returns a
 * function that stops it after the round in flight.
 */
export function startRelay(application: Application): () => Promise<void> {
  const { logger } = application;
  const deliver = application.resolve(DeliverDueEvents);
  const publish = application.brokered ? application.resolve(PublishPendingEvents) : undefined;
  let brokerPauseMs = 0;
  let brokerDueAt = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const deliverRound = async () => {
    try {
      const attempted = await deliver.execute();
      for (const { status } of attempted) application.metrics.webhookDeliveries.inc({ status: status === 'pending' ? 'retrying' : status });
      return attempted.length;
    } catch (error) {
      logger.warn({ err: error }, 'the webhook relay could not finish a round');
      return 0;
    }
  };
  const publishRound = async () => {
    if (!publish || Date.now() < brokerDueAt) return 0;
    try {
      const published = await publish.execute();
      brokerPauseMs = 0;
      return published;
    } catch (error) {
      brokerPauseMs = Math.min(BROKER_RETRY_MAX_MS, Math.max(IDLE_POLL_MS, brokerPauseMs * 2));
      brokerDueAt = Date.now() + brokerPauseMs;
      logger.warn({ err: error, retryInMs: brokerPauseMs }, 'the message broker did not take the events');
      return 0;
    }
  };

  const running = (async () => {
    while (!stopped) {
      const [delivered, published] = await Promise.all([deliverRound(), publishRound()]);
      // A busy round may have left more due: go again at once.
      if (delivered + published === 0 && !stopped) await pause(IDLE_POLL_MS);
    }
  })();

  return async () => {
    stopped = true;
    wake?.();
    await running;
  };
}
