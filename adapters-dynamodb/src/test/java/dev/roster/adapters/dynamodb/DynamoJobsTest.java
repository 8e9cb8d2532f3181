package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.JobsContract;

/** The Jobs contract against Roster's DynamoDB test server. */
class DynamoJobsTest extends JobsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
