import { operations } from '../operations';
import { routerOf } from './procedures';

export const appRouter = routerOf(operations);

export type AppRouter = typeof appRouter;
