import { z } from 'zod';

// Ids are 32-bit INTEGER columns on every database: a larger one names nothing.
const MAX_ID = 2_147_483_647;

/** Ids are positive integers in JSON. */
export const id = z.number().int().positive().max(MAX_ID);

/** Whether a number could be the id of something stored. */
export const isId = (value: number): boolean => id.safeParse(value).success;

/** The input of an operation on one thing, named by its id. */
export const idInput = z.object({ id });
export type IdInput = z.output<typeof idInput>;
