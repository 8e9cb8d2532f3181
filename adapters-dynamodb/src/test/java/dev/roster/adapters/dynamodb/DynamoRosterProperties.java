package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.RosterActionChain;

/** The roster's invariants under random sequences of staff actions, against Roster's DynamoDB test server. */
class DynamoRosterProperties extends RosterActionChain {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
