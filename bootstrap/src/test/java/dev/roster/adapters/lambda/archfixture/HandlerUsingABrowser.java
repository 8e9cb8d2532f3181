package dev.roster.adapters.lambda.archfixture;

import com.microsoft.playwright.Playwright;

/** Breaks the rule on purpose: a Lambda handler driving a browser, which would drag the driver bundle into the zip. */
public class HandlerUsingABrowser {

    Playwright playwright;
}
