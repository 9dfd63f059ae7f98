package vn.gov.daklak.notification.staff;

import java.util.HashSet;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.platform.events.EventEnvelope;
import vn.gov.daklak.platform.events.EventPayloads;

/** Kafka consumer of the staff directory (a compacted view: the latest record per staff id is the truth). */
@Configuration(proxyBeanMethods = false)
class StaffDirectoryBindings {

    @Bean
    Consumer<Message<StaffMemberUpserted>> onStaffMemberUpserted(StaffDirectory directory) {
        return message -> {
            EventEnvelope.of(message).id(); // a record without ce_id is malformed: to the DLQ like every other
            StaffMemberUpserted e = EventPayloads.require(message, StaffMemberUpserted.class);
            directory.apply(new StaffMember(e.staffId(), e.displayName(),
                    e.roles() == null ? null : new HashSet<>(e.roles()), e.teamIds(), e.preferredChannel(),
                    e.phone(), e.email(), e.active(), e.updatedAt()));
        };
    }
}
