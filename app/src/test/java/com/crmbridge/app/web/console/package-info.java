/**
 * Browser tests of the web console: the real application on a random port with the sample data, driven
 * through Debian's headless Chromium by Selenium, each test saving a screenshot of its page (into the docs on
 * request).
 */
@NullMarked
package com.crmbridge.app.web.console;

import org.jspecify.annotations.NullMarked;
