package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.ConsentFormsContract;

/** The ConsentForms contract against DynamoDB Local. */
class DynamoConsentFormsTest extends ConsentFormsContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
