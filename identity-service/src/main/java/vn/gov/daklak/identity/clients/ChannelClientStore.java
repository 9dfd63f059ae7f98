package vn.gov.daklak.identity.clients;

import java.util.List;
import java.util.Optional;

/** Where channel applications are registered. */
interface ChannelClientStore {

    Optional<ChannelClient> findByClientId(String clientId);

    Optional<ChannelClient> findById(String id);

    List<ChannelClient> all();

    /** False when the client id is taken. */
    boolean insert(ChannelClient client);

    void replace(ChannelClient client);
}
