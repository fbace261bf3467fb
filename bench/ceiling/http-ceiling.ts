import { readFileSync } from 'node:fs';
import express from 'express';
import { listenAndReport } from './listen';

/**
 * The most Express could do: the same bytes as the service, from memory. The answers come from
 * a JSON file mapping each path the bench asks for to its body.
 */
const answers = new Map(
  Object.entries(JSON.parse(readFileSync(process.env.ANSWERS_FILE!, 'utf8')) as Record<string, string>).map(
    ([path, body]) => [path, Buffer.from(body)],
  ),
);

const app = express();
app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use((req, res) => {
  const body = answers.get(req.originalUrl);
  if (!body) {
    res.status(404).end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.send(body);
});
listenAndReport(app);
