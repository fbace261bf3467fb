import { describe, expect, it } from 'vitest';
import { connectionOptions } from './connection-options';

describe('connectionOptions', () => {
  it('reads SQLite paths and the in-memory database', () => {
    expect(connectionOptions('sqlite:data/storefront.sqlite')).toEqual({ dialect: 'sqlite', storage: 'data/storefront.sqlite' });
    expect(connectionOptions('sqlite:///tmp/x.sqlite')).toEqual({ dialect: 'sqlite', storage: '/tmp/x.sqlite' });
    expect(connectionOptions('sqlite::memory:')).toEqual({ dialect: 'sqlite', storage: ':memory:' });
  });

  it('reads server URLs with credentials', () => {
    expect(connectionOptions('mysql://shop:p%40ss@db.local:3307/shop')).toEqual({
      dialect: 'mysql', host: 'db.local', port: 3307, database: 'shop', username: 'shop', password: 'p@ss',
    });
    expect(connectionOptions('mariadb://root@127.0.0.1/shop').dialect).toBe('mysql');
    expect(connectionOptions('postgresql://postgres@127.0.0.1:5432/shop')).toEqual({
      dialect: 'postgres', host: '127.0.0.1', port: 5432, database: 'shop', username: 'postgres',
    });
  });
});
