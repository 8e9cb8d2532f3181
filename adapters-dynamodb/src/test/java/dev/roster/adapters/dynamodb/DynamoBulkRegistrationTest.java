package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.BulkRegistrationContract;

/** The BulkRegistration contract against Roster's DynamoDB test server. */
class DynamoBulkRegistrationTest extends BulkRegistrationContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
