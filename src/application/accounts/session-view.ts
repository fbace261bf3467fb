import { z } from 'zod';
import { userView } from './user-view';

export const sessionView = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().positive().meta({ description: "The access token's lifetime in seconds." }),
    user: userView,
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof sessionView>;
