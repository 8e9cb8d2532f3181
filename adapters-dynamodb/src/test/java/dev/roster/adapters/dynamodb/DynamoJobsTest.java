package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.JobsContract;

/** The Jobs contract against DynamoDB Local. */
class DynamoJobsTest extends JobsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
