/** Whose cart a request works on: the signed-in user's, or the guest cart its token names. */
export type CartOwner = { userId: number } | { guestToken: string };

export const isGuest = (owner: CartOwner): owner is { guestToken: string } => 'guestToken' in owner;
