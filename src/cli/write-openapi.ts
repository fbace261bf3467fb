import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiJson } from '../interfaces/http/openapi/document';
import { withErrorCodeTable } from '../interfaces/http/openapi/error-code-table';

/** `npm run openapi`: writes openapi.json, and the README's table of error codes, from the code. */
const root = path.resolve(__dirname, '../..');
writeFileSync(path.join(root, 'openapi.json'), openApiJson());
const readme = path.join(root, 'README.md');
writeFileSync(readme, withErrorCodeTable(readFileSync(readme, 'utf8')));
console.log('Wrote openapi.json and the error codes in README.md');
