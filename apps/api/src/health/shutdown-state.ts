import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/**
 * Flips to "draining" when shutdown starts (SIGTERM from ECS), before the HTTP server closes: readiness turns
 * 503 and new requests are refused, while requests already in flight run to completion.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private draining = false;

  get isDraining(): boolean {
    return this.draining;
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }
}
