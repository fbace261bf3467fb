import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiJson } from '../../src/interfaces/http/openapi/document';
import { errorCodeTable } from '../../src/interfaces/http/openapi/error-code-table';
import { DATABASES } from '../support/databases';
import { ROOT } from '../support/processes';
import { type TestApp, startTestApp } from '../support/test-app';

const COMMITTED = path.join(ROOT, 'openapi.json');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = Record<string, unknown>;
const document = JSON.parse(openApiJson()) as Json & { paths: Record<string, Record<string, Json>> };

/** Every `$ref` in the document, with where it was found. */
function refs(value: unknown, at = '#'): { ref: string; at: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [{ ref: inner, at }] : refs(inner, `${at}/${key}`),
  );
}

function resolves(ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let node: unknown = document;
  for (const part of ref.slice(2).split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Json)[part];
  }
  return true;
}

describe('the OpenAPI document', () => {
  it('is committed as generated', () => {
    const committed = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : '';
    expect(committed, 'openapi.json is not the generated document: run npm run openapi').toBe(openApiJson());
  });

  it("is accompanied by the README's table of every error code", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme, 'the README lists other error codes: run npm run openapi').toContain(errorCodeTable());
  });

  it('is OpenAPI 3 with the version of the package', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: pkg.version });
  });

  it('gives every path operations with an operationId, a tag and responses', () => {
    const ids: string[] = [];
    for (const [route, item] of Object.entries(document.paths)) {
      const operations = Object.entries(item).filter(([method]) => METHODS.includes(method));
      expect(operations.length, route).toBeGreaterThan(0);
      for (const [method, operation] of operations) {
        const where = `${method.toUpperCase()} ${route}`;
        expect(operation.operationId, where).toEqual(expect.any(String));
        expect(operation.tags, where).toHaveLength(1);
        const statuses = Object.keys(operation.responses as Json);
        expect(statuses.length, where).toBeGreaterThan(0);
        for (const status of statuses) expect(status, where).toMatch(/^[1-5]\d\d$/);
        ids.push(operation.operationId as string);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares every path parameter and security scheme it uses', () => {
    const schemes = Object.keys((document.components as { securitySchemes: Json }).securitySchemes);
    for (const [route, item] of Object.entries(document.paths)) {
      const templated = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(item)) {
        const parameters = (operation.parameters ?? []) as { name: string; in: string; required?: boolean }[];
        const inPath = parameters.filter((p) => p.in === 'path');
        expect(inPath.map((p) => p.name).sort(), `${method} ${route}`).toEqual([...templated].sort());
        expect(inPath.every((p) => p.required)).toBe(true);
        for (const requirement of (operation.security ?? []) as Json[]) {
          for (const name of Object.keys(requirement)) expect(schemes).toContain(name);
        }
      }
    }
  });

  it('resolves every $ref', () => {
    const found = refs(document);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(({ ref }) => !resolves(ref))).toEqual([]);
  });

  it('answers every failure with problem details', () => {
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
          if (Number(status) < 400) continue;
          expect(Object.keys(response.content as Json), `${method} ${route} ${status}`).toEqual(['application/problem+json']);
        }
      }
    }
  });
});

describe('the documentation over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(DATABASES.find((kind) => kind.name === 'sqlite')!);
  });
  afterAll(() => app.close());

  it('serves the document at /openapi.json', async () => {
    const response = await app.http.get('/openapi.json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.text).toBe(openApiJson());
  });

  it('serves Swagger UI at /docs from this server, without inline scripts', async () => {
    const page = await app.http.get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const sources = [...page.text.matchAll(/<script([^>]*)>/g)].map((match) => /src="([^"]+)"/.exec(match[1]!)?.[1]);
    expect(sources).toEqual(['/docs/swagger-ui-bundle.js', '/docs/swagger-initializer.js']);
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const source of sources) await app.http.get(source!).expect(200).expect('content-type', /javascript/);
    await app.http.get('/docs/swagger-ui.css').expect(200).expect('content-type', /css/);
    const initializer = await app.http.get('/docs/swagger-initializer.js');
    expect(initializer.text).toContain("url: '/openapi.json'");
  });

  it('documents only routes the server has', async () => {
    for (const [route, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item)) {
        const response = await app.http[method as 'get'](route.replace(/\{\w+\}/g, '1'));
        expect(response.body?.detail ?? '', `${method} ${route}`).not.toMatch(/^There is no /);
      }
    }
  });

  it('serves nothing else from the Swagger UI package', async () => {
    await app.http.get('/docs/index.html').expect(404);
    await app.http.get('/docs/package.json').expect(404);
  });
});
