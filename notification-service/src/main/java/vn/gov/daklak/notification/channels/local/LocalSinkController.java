package vn.gov.daklak.notification.channels.local;

import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.LocalSinksEnabled;

/**
 * What the local sink kept, oldest first: the way to read a sign-in code or a resident's message on a machine
 * without real providers. Addresses are shown in full because they are what one searches by.
 *
 * <p>Public on purpose (no token: it is how one reads the sign-in code that gets one), so it exists only while Zalo,
 * SMS or e-mail delivers through the local sink ({@link LocalSinksEnabled}, the embedded default); with real
 * providers for those three there is no such endpoint (in-app messages are always kept locally, but not shown here
 * then).
 */
@RestController
@Conditional(LocalSinksEnabled.class)
@RequestMapping("/api/v1/local-sinks")
class LocalSinkController {
    private final MongoLocalSinkRepository sink;

    LocalSinkController(MongoLocalSinkRepository sink) {
        this.sink = sink;
    }

    @GetMapping
    List<LocalSinkEntry> list(@RequestParam(required = false) Channel channel,
                              @RequestParam(required = false) String address) {
        return sink.find(channel, address);
    }
}
