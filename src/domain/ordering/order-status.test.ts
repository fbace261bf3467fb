import { describe, expect, it } from 'vitest';
import { ConflictError } from '../shared/errors';
import { ORDER_STATUSES, type OrderStatus, assertTransition, releasesStock } from './order-status';

const ADMIN_MOVES = new Set([
  'pending>confirmed',
  'confirmed>shipped',
  'shipped>delivered',
  'pending>cancelled',
  'confirmed>cancelled',
]);

const allMoves = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as [OrderStatus, OrderStatus]));

describe('the order life cycle', () => {
  it.each(allMoves)('lets an admin move %s -> %s only along the life cycle', (from, to) => {
    const move = () => assertTransition(from, to, 'admin');
    if (ADMIN_MOVES.has(`${from}>${to}`)) expect(move).not.toThrow();
    else expect(move).toThrow(expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION' }));
  });

  it.each(allMoves)('lets a customer move %s -> %s only to cancel a pending order', (from, to) => {
    const move = () => assertTransition(from, to, 'customer');
    if (from === 'pending' && to === 'cancelled') expect(move).not.toThrow();
    else expect(move).toThrow(ConflictError);
  });

  it('gives stock back on cancellation only', () => {
    expect(ORDER_STATUSES.filter(releasesStock)).toEqual(['cancelled']);
  });
});
