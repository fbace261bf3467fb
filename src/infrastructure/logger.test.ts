import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function captured(log: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  log(createLogger('debug', sink));
  return lines.join('');
}

describe('the logger', () => {
  it('logs a database error without its statement or bound values', () => {
    const error = Object.assign(new Error('Validation error'), {
      sql: "INSERT INTO users (email, password_hash) VALUES ('ann@shop.io', '$argon2id$secret-hash')",
      parameters: ['ann@shop.io', '$argon2id$secret-hash'],
      original: { code: 'ER_DUP_ENTRY', sql: 'INSERT ... $argon2id$secret-hash' },
    });
    const line = captured((logger) => logger.error({ err: error }, 'request failed'));
    expect(line).toContain('Validation error');
    expect(line).toContain('ER_DUP_ENTRY');
    expect(line).not.toContain('secret-hash');
    expect(line).not.toContain('ann@shop.io');
  });

  it('redacts credentials wherever they appear in a logged object', () => {
    const line = captured((logger) =>
      logger.info({ body: { password: 'hunter22', refreshToken: 'r-123' }, accessToken: 'a-456' }, 'seen'),
    );
    expect(line).not.toMatch(/hunter22|r-123|a-456/);
  });
});
