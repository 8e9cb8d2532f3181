package dev.roster.adapters.browser.fetch;

import java.net.UnknownHostException;

/**
 * A host whose every address is one collection may not connect to. An {@link UnknownHostException}, so the HTTP
 * client gives up on the host at once; its message names no address.
 */
final class RefusedAddressException extends UnknownHostException {

    RefusedAddressException() {
        super("the host is at an address that may not be fetched");
    }
}
