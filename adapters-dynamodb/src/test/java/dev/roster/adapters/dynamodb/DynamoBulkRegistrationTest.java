package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.BulkRegistrationContract;

/** The BulkRegistration contract against DynamoDB Local. */
class DynamoBulkRegistrationTest extends BulkRegistrationContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
