import path from 'node:path';
import { Router } from 'express';
import { contentSecurityPolicy } from 'helmet';
import { openApiJson } from './openapi/document';

const SWAGGER_UI = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const PAGES = path.join(__dirname, 'docs');
const SWAGGER_UI_ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png']);

/**
 * helmet's policy less `upgrade-insecure-requests`: over plain HTTP on any host but localhost it
 * makes the browser fetch the page's scripts over HTTPS, and the page stays blank. Every asset is
 * same-origin, so behind TLS the directive adds nothing here.
 */
const docsPolicy = contentSecurityPolicy({ directives: { upgradeInsecureRequests: null } });

/** The OpenAPI document and Swagger UI over it, served from this server alone (no CDN). */
export function docsRouter(): Router {
  const router = Router();

  router.get('/openapi.json', (_req, res) => {
    res.type('json').send(openApiJson());
  });

  router.get('/docs', docsPolicy, (_req, res) => {
    res.sendFile(path.join(PAGES, 'index.html'));
  });

  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res.sendFile(path.join(PAGES, 'swagger-initializer.js'));
  });

  router.get('/docs/:asset', (req, res, next) => {
    if (!SWAGGER_UI_ASSETS.has(req.params.asset)) return next();
    res.sendFile(path.join(SWAGGER_UI, req.params.asset), { maxAge: '1d' });
  });

  return router;
}
