package dev.roster.adapters.browser.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses: the system's resolver, or one a test controls. */
@FunctionalInterface
public interface AddressLookup {

    InetAddress[] lookUp(String host) throws UnknownHostException;

    /** The JVM's resolver (and its cache). */
    static AddressLookup system() {
        return InetAddress::getAllByName;
    }
}
