package dev.grants.ports.service;

import dev.grants.domain.event.GrantsEvent;
import dev.grants.domain.provisioning.ProvisioningRequest;
import dev.grants.ports.out.ProvisioningRequestRepository;
import java.time.Clock;

/**
 * Deadlines, enforced when a request is looked at: any read of a request in progress past its deadline first fails
 * it, so no one ever sees a request IN_PROGRESS after its deadline, and no timer is needed. Also the one place a
 * request's end is announced. Shared by the lifecycle and the read side of provisioning.
 */
final class ProvisioningDeadlines {
  private final ProvisioningRequestRepository requests;
  private final Clock clock;
  private final int maxAttempts;
  private final Announcer announcer;

  ProvisioningDeadlines(ProvisioningRequestRepository requests, Clock clock, int maxAttempts, Announcer announcer) {
    this.requests = requests;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.announcer = announcer;
  }

  /** {@code request} as it stands now: a request in progress past its deadline is failed (and stored so). */
  ProvisioningRequest observe(ProvisioningRequest request) {
    return CompareAndSet.retry(maxAttempts, request, current -> {
      if (!(current instanceof ProvisioningRequest.InProgress running) || !running.isOverdue(clock.instant())) {
        return CompareAndSet.done(current);
      }
      ProvisioningRequest expired = running.expireAt(clock.instant());
      if (requests.replace(running, expired)) {
        ended(expired);
        return CompareAndSet.done(expired);
      }
      return CompareAndSet.again(requests.find(running.requestId()).getOrElse(expired));
    }).fold(last -> last, seen -> seen);
  }

  /** Announces {@code request}'s end, if it has ended: called once, by whoever committed the ending. */
  void ended(ProvisioningRequest request) {
    if (request instanceof ProvisioningRequest.Succeeded succeeded) {
      announcer.announce(new GrantsEvent.ProvisioningSucceeded(succeeded.requestId(), succeeded.permissionSet()));
    } else if (request instanceof ProvisioningRequest.Failed failed) {
      announcer.announce(new GrantsEvent.ProvisioningFailed(failed.requestId(), failed.permissionSet(), failed.reason()));
    }
  }
}
