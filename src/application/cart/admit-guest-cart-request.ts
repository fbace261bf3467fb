import { inject, injectable } from 'tsyringe';
import { GuestCartRequestLimiter, type AttemptLimiter } from '../ports/attempt-limiter';
import type { ClientInfo } from '../shared/client-info';

/** Counts a guest cart creation against its client's limit, before the request is read. */
@injectable()
export class AdmitGuestCartRequest {
  constructor(@inject(GuestCartRequestLimiter) private readonly limiter: AttemptLimiter) {}

  execute(client: ClientInfo): Promise<void> {
    return this.limiter.consume(client.ip);
  }
}
