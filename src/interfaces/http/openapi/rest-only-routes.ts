import { z } from 'zod';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { json, problemResponse } from './route-docs';

/** What the service offers over REST alone, with no procedure: probes for orchestrators, and its own documentation. */
const ROUTES: RouteConfig[] = [
  {
    operationId: 'health',
    method: 'get',
    path: '/health',
    tags: ['operations'],
    summary: 'Liveness: the process is up',
    'x-rest-only': true,
    responses: { 200: json('Up.', z.object({ status: z.literal('ok') })) },
  },
  {
    operationId: 'ready',
    method: 'get',
    path: '/ready',
    tags: ['operations'],
    summary: 'Readiness: the database answers',
    'x-rest-only': true,
    responses: {
      200: json('Ready.', z.object({ status: z.literal('ready') })),
      503: problemResponse('Service Unavailable: NOT_READY.'),
    },
  },
  {
    operationId: 'openapi',
    method: 'get',
    path: '/openapi.json',
    tags: ['operations'],
    summary: 'This document',
    'x-rest-only': true,
    responses: { 200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } },
  },
  {
    operationId: 'docs',
    method: 'get',
    path: '/docs',
    tags: ['operations'],
    summary: 'Interactive documentation of this document',
    'x-rest-only': true,
    responses: { 200: { description: 'Swagger UI.', content: { 'text/html': { schema: { type: 'string' } } } } },
  },
];

const internalError = { 500: problemResponse('Internal Server Error: INTERNAL_ERROR.') };

export const REST_ONLY_ROUTES = ROUTES.map((route) => ({ ...route, responses: { ...route.responses, ...internalError } }));
