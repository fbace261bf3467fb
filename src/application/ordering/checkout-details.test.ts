import { describe, expect, it } from 'vitest';
import { customer, orderingFixture, otherCustomer } from '../../../test/fixtures/ordering';

const HOME = { name: 'Ada Lovelace', line1: 'Marchstraße 1', city: 'Berlin', postalCode: '10587', country: 'de' };
const SNAPSHOT = { ...HOME, country: 'DE', line2: null, region: null, phone: null };

async function shop() {
  const fixture = orderingFixture();
  const lamp = await fixture.stocked({ price: 19.99, quantity: 100 });
  await fixture.addToCart.execute({ productId: lamp.id, quantity: 2 }, customer);
  return { ...fixture, lamp };
}

describe('checkout details', () => {
  it("ship to the caller's default address when none is named, as it was then", async () => {
    const { placeOrder, createAddress, updateAddress, getOrder } = await shop();
    const home = await createAddress.execute(HOME, customer);
    const { order } = await placeOrder.execute({}, customer);
    expect(order.shippingAddress).toEqual(SNAPSHOT);

    await updateAddress.execute(home.id, { city: 'Hamburg' }, customer);
    await expect(getOrder.execute({ id: order.orderId }, customer)).resolves.toMatchObject({ shippingAddress: SNAPSHOT });
  });

  it('ship nowhere for a customer without addresses', async () => {
    const { placeOrder } = await shop();
    await expect(placeOrder.execute({}, customer)).resolves.toMatchObject({ order: { shippingAddress: null } });
  });

  it('ship to a named address of the caller, or to one given inline', async () => {
    const { placeOrder, createAddress, addToCart, lamp } = await shop();
    await createAddress.execute(HOME, customer);
    const office = await createAddress.execute({ ...HOME, name: 'Office', phone: '+49 1' }, customer);
    await expect(placeOrder.execute({ shippingAddressId: office.id }, customer)).resolves.toMatchObject({
      order: { shippingAddress: { ...SNAPSHOT, name: 'Office', phone: '+49 1' } },
    });

    await addToCart.execute({ productId: lamp.id, quantity: 1 }, customer);
    const inline = { ...HOME, name: 'Gift', country: 'FR', region: '' };
    await expect(placeOrder.execute({ shippingAddress: inline }, customer)).resolves.toMatchObject({
      order: { shippingAddress: { ...SNAPSHOT, name: 'Gift', country: 'FR' } },
    });
  });

  it("refuse another customer's address with 404, and order nothing", async () => {
    const { placeOrder, createAddress, myOrders } = await shop();
    const theirs = await createAddress.execute(HOME, otherCustomer);
    await expect(placeOrder.execute({ shippingAddressId: theirs.id }, customer)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(myOrders(customer)).resolves.toMatchObject({ total: 0 });
  });

  it('order when the expected total is the total, and refuse with both totals when it is not', async () => {
    const { placeOrder, getCart, stockOf, lamp, myOrders } = await shop();
    await expect(placeOrder.execute({ expectedTotalPrice: 39.97 }, customer)).rejects.toMatchObject({
      code: 'PRICE_CHANGED',
      extensions: { expectedTotalPrice: 39.97, totalPrice: 39.98 },
    });
    expect(await stockOf(lamp.id)).toBe(100);
    await expect(getCart.execute(customer)).resolves.toMatchObject({ totalQuantity: 2 });
    await expect(myOrders(customer)).resolves.toMatchObject({ total: 0 });

    await expect(placeOrder.execute({ expectedTotalPrice: 39.98 }, customer)).resolves.toMatchObject({ order: { totalPrice: 39.98 } });
  });
});
