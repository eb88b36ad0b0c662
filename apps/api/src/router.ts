import { router } from './trpc/init.js';
import { contactsRouter } from './routers/contacts/contacts.router.js';

/** The whole API. The web app calls it over tRPC; the REST API under /api/v1 is generated from it. */
export const appRouter = router({
  contacts: contactsRouter,
});

export type AppRouter = typeof appRouter;
