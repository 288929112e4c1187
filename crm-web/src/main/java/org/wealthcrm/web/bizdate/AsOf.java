package org.wealthcrm.web.bizdate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller parameter {@code @AsOf LocalDate asOf} is the business date of the figures the request works on: the
 * published date it asks for with {@code ?date=yyyy-MM-dd}, else the latest published date (never the wall clock).
 * Pages rendered as views also get the model attributes {@code asOf} and {@code dates} (the date picker's choices).
 * With {@link #latestOnly()} the request cannot choose: writes always work on the latest published date.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface AsOf {

    /** The request parameter that asks for a date. */
    String PARAMETER = "date";

    boolean latestOnly() default false;
}
