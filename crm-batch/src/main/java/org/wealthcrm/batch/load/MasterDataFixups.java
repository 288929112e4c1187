package org.wealthcrm.batch.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * Derived master data after the loads: org paths, name initials, the deposit product list, bootstrap manager
 * assignments.
 */
@Component
public class MasterDataFixups {

    private final JdbcTemplate jdbc;
    private final StagedFiles staged;
    private final NameInitialsFixup initials;

    MasterDataFixups(JdbcTemplate jdbc, StagedFiles staged, NameInitialsFixup initials) {
        this.jdbc = jdbc;
        this.staged = staged;
        this.initials = initials;
    }

    /** Pinyin initials of the customer names the load wrote or changed (see {@link NameInitialsFixup}). */
    public int nameInitials(Consumer<String> progress) {
        return initials.fill(progress);
    }

    /**
     * Stages each customer's last RM contact up to the business date ({@code crm_contact_<date>.dat},
     * {@code cust_id|YYYYMMDD}) from the CRM's own service records, for the churn features.
     */
    public int stageLastContacts(LocalDate businessDate) throws IOException {
        Path file = staged.dateDir(businessDate).resolve("crm_contact_"
                + businessDate.format(DateTimeFormatter.BASIC_ISO_DATE) + ".dat");
        List<String> lines = new ArrayList<>();
        jdbc.query("select cust_id, max(served_at) from service_record where served_at < ? group by cust_id"
                + " order by cust_id", rs -> {
            lines.add(rs.getString(1) + "|" + rs.getTimestamp(2).toLocalDateTime().toLocalDate()
                    .format(DateTimeFormatter.BASIC_ISO_DATE));
        }, businessDate.plusDays(1).atStartOfDay());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return lines.size();
    }

    /** Sets {@code org_path} ('/HO/R/B/S/') of every org unit from the parent links. */
    @Transactional
    public void orgPaths() {
        Map<String, String> parents = new HashMap<>();
        jdbc.query("select org_code, parent_code from org_unit", rs -> {
            parents.put(rs.getString(1), rs.getString(2));
        });
        List<Object[]> updates = new ArrayList<>();
        for (String code : parents.keySet()) {
            updates.add(new Object[] {path(code, parents), code});
        }
        jdbc.batchUpdate("update org_unit set org_path = ? where org_code = ?", updates);
    }

    private static String path(String code, Map<String, String> parents) {
        StringBuilder path = new StringBuilder("/");
        Set<String> seen = new HashSet<>();
        for (String at = code; at != null && !at.isEmpty() && seen.add(at); at = parents.get(at)) {
            path.insert(0, "/" + at);
        }
        return path.toString();
    }

    /** Adds the deposit products named by accounts to the product catalogue. */
    public void depositProducts(LocalDate businessDate) {
        jdbc.update("insert into product (category, prod_code, prod_name, biz_date)"
                + " select 'DEPOSIT', a.product_code, a.product_code, ? from account a where a.product_code is not null"
                + " and not exists (select 1 from product p where p.category = 'DEPOSIT' and p.prod_code = a.product_code)"
                + " group by a.product_code", businessDate);
    }

    /**
     * Applies the bootstrap {@code crm_assign} rows to customers that have no manager yet; after go-live the
     * CRM is the system of record, so customers already assigned keep their managers.
     */
    @Transactional
    public int bootstrapAssignments(LocalDate businessDate) throws IOException {
        Path file = staged.file(ExtractFile.CRM_ASSIGN, businessDate);
        if (!Files.exists(file)) {
            return 0;
        }
        // customers in the public pool or the bin are not "unassigned": the CRM moved them there
        Set<String> assigned = new HashSet<>(jdbc.queryForList("select cust_id from customer_manager"
                + " union select cust_id from customer_pool", String.class));
        List<Object[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\\|", -1);
                if (!assigned.contains(f[0])) {
                    rows.add(new Object[] {f[0], f[1], f[2], new BigDecimal(f[3]),
                            LocalDate.parse(f[4], DateTimeFormatter.BASIC_ISO_DATE)});
                }
            }
        }
        jdbc.batchUpdate("insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date)"
                + " values (?, ?, ?, ?, ?)", rows);
        return rows.size();
    }
}
