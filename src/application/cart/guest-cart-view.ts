import { z } from 'zod';
import { cartView } from './cart-view';

export const guestCartView = z
  .object({ cartToken: z.string().describe('Sent back as `X-Cart-Token` to reach the cart.'), cart: cartView })
  .meta({ id: 'GuestCart' });
export type GuestCartView = z.infer<typeof guestCartView>;
