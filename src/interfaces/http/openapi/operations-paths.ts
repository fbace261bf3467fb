import { z } from 'zod';
import { json, problemResponse, type Operation } from './operation';

/** What the service offers over REST alone: probes for orchestrators, and its own documentation. */
export const operationsOperations: Operation[] = [
  {
    operationId: 'health',
    method: 'get',
    path: '/health',
    tag: 'operations',
    summary: 'Liveness: the process is up',
    access: 'anyone',
    restOnly: true,
    responses: { 200: json('Up.', z.object({ status: z.literal('ok') })) },
  },
  {
    operationId: 'ready',
    method: 'get',
    path: '/ready',
    tag: 'operations',
    summary: 'Readiness: the database answers',
    access: 'anyone',
    restOnly: true,
    responses: {
      200: json('Ready.', z.object({ status: z.literal('ready') })),
      503: problemResponse('Service Unavailable: NOT_READY.'),
    },
  },
  {
    operationId: 'openapi',
    method: 'get',
    path: '/openapi.json',
    tag: 'operations',
    summary: 'This document',
    access: 'anyone',
    restOnly: true,
    responses: { 200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } },
  },
  {
    operationId: 'docs',
    method: 'get',
    path: '/docs',
    tag: 'operations',
    summary: 'Interactive documentation of this document',
    access: 'anyone',
    restOnly: true,
    responses: { 200: { description: 'Swagger UI.', content: { 'text/html': { schema: { type: 'string' } } } } },
  },
];
