export { appRouter, type AppRouter } from './app-router';
