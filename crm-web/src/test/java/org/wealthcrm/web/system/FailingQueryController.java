package org.wealthcrm.web.system;

import java.sql.SQLException;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test only (scanned with the application in the test context): a page whose database call fails. */
@Controller
class FailingQueryController {

    static final String SQL = "SELECT id_no FROM customer_secret WHERE cust_id = 'C001'";

    @GetMapping("/test/failing-query")
    String failingQuery() {
        throw new BadSqlGrammarException("customer lookup", SQL,
                new SQLException("ERROR: relation \"customer_secret\" does not exist", "42P01"));
    }
}
