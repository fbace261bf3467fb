import { authRouter } from './auth-router';
import { cartRouter } from './cart-router';
import { categoriesRouter, productsRouter } from './catalog-router';
import { ordersRouter } from './orders-router';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  products: productsRouter,
  categories: categoriesRouter,
  cart: cartRouter,
  orders: ordersRouter,
});

export type AppRouter = typeof appRouter;
