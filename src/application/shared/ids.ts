import { z } from 'zod';

/** Ids are positive integers in JSON. */
export const id = z.number().int().positive();

/** The input of an operation on one thing, named by its id. */
export const idInput = z.object({ id });
export type IdInput = z.output<typeof idInput>;
