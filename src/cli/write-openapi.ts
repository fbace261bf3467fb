import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiJson } from '../interfaces/http/openapi/document';

/** `npm run openapi`: writes the OpenAPI document to openapi.json at the root of the repository. */
const target = path.resolve(__dirname, '../../openapi.json');
writeFileSync(target, openApiJson());
console.log(`Wrote ${path.relative(process.cwd(), target) || target}`);
