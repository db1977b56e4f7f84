/**
 * The one error taxonomy of the SPI: every connector classifies its failures once, where they arise, into a
 * subtype of {@link com.crmbridge.spi.error.ConnectorException}; the runtime reads only the subtype to decide
 * whether to retry, wait, stop until later or report.
 */
@NullMarked
package com.crmbridge.spi.error;

import org.jspecify.annotations.NullMarked;
