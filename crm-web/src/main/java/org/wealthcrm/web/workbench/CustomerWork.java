package org.wealthcrm.web.workbench;

import java.util.List;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.dictionary.Dictionary;
import org.wealthcrm.web.dictionary.DictionaryItem;
import org.wealthcrm.web.pool.CustomerMove;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;
import org.wealthcrm.web.service.ServiceRecordRow;
import org.wealthcrm.web.service.ServiceRecords;
import org.wealthcrm.web.task.TaskRow;
import org.wealthcrm.web.task.Tasks;

/** The workbench part of the customer page: services, tasks, pool state and moves, and what the viewer may do. */
@Service
public class CustomerWork {

    private final ServiceRecords services;
    private final Tasks tasks;
    private final PublicPool pool;
    private final Dictionary dictionary;

    CustomerWork(ServiceRecords services, Tasks tasks, PublicPool pool, Dictionary dictionary) {
        this.services = services;
        this.tasks = tasks;
        this.pool = pool;
        this.dictionary = dictionary;
    }

    /** Call only after the customer was found in the scope: the moves are not scoped again. */
    public Panel panel(DataScope scope, String custId) {
        boolean pooled = pool.isPooled(custId);
        boolean canWrite = !pooled && !scope.masked() && scope.kind() != ScopeKind.NONE;
        return new Panel(services.forCustomer(scope, custId), tasks.forCustomer(scope, custId), pool.moves(custId),
                pooled, canWrite, dictionary.options(Dictionary.SERVICE_TYPE),
                dictionary.options(Dictionary.SERVICE_OUTCOME));
    }

    public record Panel(List<ServiceRecordRow> services, List<TaskRow> tasks, List<CustomerMove> moves,
                        boolean pooled, boolean canWrite, List<DictionaryItem> serviceTypes,
                        List<DictionaryItem> outcomes) {
    }
}
