import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { describe, expectTypeOf, it } from 'vitest';
import type { SessionView } from '../../src/application/accounts/session-view';
import type { CartView } from '../../src/application/cart/cart-view';
import type { ProductView } from '../../src/application/catalog/product-view';
import type { OrderView } from '../../src/application/ordering/order-view';
import type { Page } from '../../src/application/shared/pagination';
import type { AppRouter } from '../../src/interfaces/trpc';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

// Checked by `npm run typecheck`: the router derived from the operation table is as exact as a hand-written one.
describe('AppRouter types', () => {
  it('takes each input as its schema does', () => {
    expectTypeOf<Inputs['products']['update']['id']>().toEqualTypeOf<number>();
    expectTypeOf<Inputs['products']['update']['price']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Inputs['cart']['add']>().toEqualTypeOf<{ productId: number; quantity?: number | undefined }>();
    expectTypeOf<Inputs['orders']['byId']>().toEqualTypeOf<{ id: number }>();
    expectTypeOf<Inputs['auth']['me']>().toEqualTypeOf<void>();
    expectTypeOf<undefined>().toExtend<Inputs['products']['list']>();
  });

  it('answers each output as its use case does', () => {
    expectTypeOf<Outputs['products']['byId']>().toEqualTypeOf<ProductView>();
    expectTypeOf<Outputs['products']['list']>().toEqualTypeOf<Page<ProductView>>();
    expectTypeOf<Outputs['products']['delete']>().toEqualTypeOf<null>();
    expectTypeOf<Outputs['orders']['place']>().toEqualTypeOf<OrderView>();
    expectTypeOf<Outputs['cart']['get']>().toEqualTypeOf<CartView>();
    expectTypeOf<Outputs['auth']['login']>().toEqualTypeOf<SessionView>();
  });
});
