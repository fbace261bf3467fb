import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../domain/shared/errors';
import { admin, customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

async function withOrder() {
  const fixture = orderingFixture();
  const dune = await fixture.stocked();
  const order = await fixture.ordered(customer, [dune.id]);
  return { ...fixture, order };
}

describe('GetOrder', () => {
  it('shows the order to its owner and to any admin', async () => {
    const { getOrder, order } = await withOrder();
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toEqual(order);
    await expect(getOrder.execute({ id: order.orderId }, admin)).resolves.toEqual(order);
  });

  it("answers not found for another customer's order, as for an unknown one", async () => {
    const { getOrder, order } = await withOrder();
    await expect(getOrder.execute({ id: order.orderId }, otherCustomer)).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'NOT_FOUND',
    });
    await expect(getOrder.execute({ id: 999 }, customer)).rejects.toBeInstanceOf(NotFoundError);
  });
});
