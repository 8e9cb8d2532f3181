package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.AccountSearchContract;

/** The AccountSearch contract against Roster's DynamoDB test server. */
class DynamoAccountSearchTest extends AccountSearchContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
