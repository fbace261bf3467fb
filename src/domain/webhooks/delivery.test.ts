import { describe, expect, it } from 'vitest';
import { type Delivery, afterAttempt, retried } from './delivery';

const NOW = new Date('2030-01-01T00:00:00Z');
const policy = { baseSeconds: 5, maxAttempts: 3 };
const pending: Delivery = {
  id: 1,
  webhookId: 2,
  eventId: 'e',
  eventType: 'order.placed',
  status: 'pending',
  attempts: 0,
  lastStatusCode: null,
  lastError: null,
  nextAttemptAt: NOW,
  deliveredAt: null,
  createdAt: NOW,
};
const seconds = (delivery: Delivery) => (delivery.nextAttemptAt!.getTime() - NOW.getTime()) / 1000;

describe('afterAttempt', () => {
  it('delivers on any 2xx answer', () => {
    const delivered = afterAttempt(pending, { statusCode: 204, error: null }, NOW, policy, 0.5);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204, deliveredAt: NOW, nextAttemptAt: null });
  });

  it('tries again after a delay that doubles with each attempt, jittered between half and all of it', () => {
    const first = afterAttempt(pending, { statusCode: 500, error: 'HTTP 500' }, NOW, policy, 0);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
    expect(seconds(first)).toBe(2.5);
    expect(seconds(afterAttempt(pending, { statusCode: null, error: 'timeout' }, NOW, policy, 0.999_999))).toBeCloseTo(5);
    expect(seconds(afterAttempt(first, { statusCode: 302, error: 'HTTP 302' }, NOW, policy, 0))).toBe(5);
  });

  it('gives up once the attempts are spent', () => {
    const spent = { ...pending, attempts: 2 };
    expect(afterAttempt(spent, { statusCode: 503, error: 'HTTP 503' }, NOW, policy, 0.5)).toMatchObject({
      status: 'dead',
      attempts: 3,
      nextAttemptAt: null,
    });
  });
});

describe('retried', () => {
  it('is pending again from the first attempt, due now', () => {
    const dead = { ...pending, status: 'dead' as const, attempts: 3, nextAttemptAt: null };
    expect(retried(dead, NOW)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: NOW });
  });
});
