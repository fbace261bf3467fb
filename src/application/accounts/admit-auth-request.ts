import { inject, injectable } from 'tsyringe';
import { AuthRequestLimiter, type AttemptLimiter } from '../ports/attempt-limiter';
import type { ClientInfo } from '../shared/client-info';

/**
 * Counts a login or signup request against its client's limit. The interfaces call it before
 * they read the body, so that malformed requests count too.
 */
@injectable()
export class AdmitAuthRequest {
  constructor(@inject(AuthRequestLimiter) private readonly requestLimiter: AttemptLimiter) {}

  execute(client: ClientInfo): Promise<void> {
    return this.requestLimiter.consume(client.ip);
  }
}
