package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.ConsentFormsContract;

/** The ConsentForms contract against Roster's DynamoDB test server. */
class DynamoConsentFormsTest extends ConsentFormsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
