import { describe, expect, it } from 'vitest';
import { TargetGuard } from './target-guard';

describe('TargetGuard', () => {
  const strict = new TargetGuard(false);
  const lenient = new TargetGuard(true);

  it('allows public unicast addresses', () => {
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) expect(strict.allows(address)).toBe(true);
  });

  it('refuses private, loopback and unspecified addresses unless private targets are allowed', () => {
    for (const address of ['10.0.0.1', '192.168.1.1', '172.16.0.1', '127.0.0.1', '::1', 'fd00::1', '0.0.0.0', '::ffff:127.0.0.1']) {
      expect(strict.allows(address), address).toBe(false);
      expect(lenient.allows(address), address).toBe(true);
    }
  });

  it('always refuses link-local addresses, where cloud metadata lives', () => {
    for (const address of ['169.254.169.254', 'fe80::1', '::ffff:169.254.169.254']) {
      expect(strict.allows(address), address).toBe(false);
      expect(lenient.allows(address), address).toBe(false);
    }
  });

  it('judges a host name by every address it resolves to, and refuses one that does not resolve', async () => {
    await expect(strict.allowsHost('localhost')).resolves.toBe(false);
    await expect(lenient.allowsHost('localhost')).resolves.toBe(true);
    await expect(strict.allowsHost('[::1]')).resolves.toBe(false);
    await expect(lenient.allowsHost('no-such-host.invalid')).resolves.toBe(false);
  });
});
