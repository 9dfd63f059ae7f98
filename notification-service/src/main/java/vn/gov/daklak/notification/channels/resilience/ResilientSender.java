package vn.gov.daklak.notification.channels.resilience;

import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;

/**
 * Retry ( CircuitBreaker ( RateLimiter ( Bulkhead ( call ) ) ) ): every retried call passes the circuit breaker, so
 * an outage opens it in the middle of a retry loop and the loop stops there; what Resilience4j refuses becomes a
 * {@link DeliveryException} the dispatcher understands (open circuit: try the next channel; no permit: later).
 */
final class ResilientSender implements ChannelSender {
    private final ChannelSender delegate;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;

    ResilientSender(ChannelSender delegate, Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter,
                    Bulkhead bulkhead) {
        this.delegate = delegate;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.rateLimiter = rateLimiter;
        this.bulkhead = bulkhead;
    }

    @Override
    public Channel channel() {
        return delegate.channel();
    }

    @Override
    public String provider() {
        return delegate.provider();
    }

    @Override
    public SendReceipt send(OutgoingMessage message) {
        Supplier<SendReceipt> call = Bulkhead.decorateSupplier(bulkhead, () -> delegate.send(message));
        call = RateLimiter.decorateSupplier(rateLimiter, call);
        call = CircuitBreaker.decorateSupplier(circuitBreaker, call);
        call = Retry.decorateSupplier(retry, call);
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw DeliveryException.unavailable(provider() + ": circuit breaker open, provider not called", e);
        } catch (RequestNotPermitted e) {
            throw DeliveryException.transientFailure(provider() + ": rate limit reached, will retry", e);
        } catch (BulkheadFullException e) {
            throw DeliveryException.transientFailure(provider() + ": too many calls in progress, will retry", e);
        }
    }
}
