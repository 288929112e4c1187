package org.wealthcrm.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test context of this module: the whole application on a random port, a throw-away embedded PostgreSQL
 * (application-test.properties) migrated by Flyway and loaded with {@code fixture.sql}. Every test class uses this
 * annotation and nothing else that changes the context, so Spring caches one context and one PostgreSQL starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixture.class)
public @interface CrmWebTest {
}
