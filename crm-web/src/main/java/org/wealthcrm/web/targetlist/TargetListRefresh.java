package org.wealthcrm.web.targetlist;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-evaluates a list's stored criteria on a business date: the customers that match and pass the suitability check
 * for the list's product become (or stay) members with a fresh reason; the others leave the list. Customers
 * without a valid assessment or with too low a risk level are counted, never added.
 */
@Service
public class TargetListRefresh {

    private final TargetListMapper mapper;
    private final CriteriaJson json;
    private final Suitability suitability;

    TargetListRefresh(TargetListMapper mapper, CriteriaJson json,
                      @Value("${crm.targetlist.assessment-valid-days:365}") int assessmentValidDays) {
        this.mapper = mapper;
        this.json = json;
        this.suitability = new Suitability(assessmentValidDays);
    }

    /** Refreshes every published list whose window has not ended; returns how many lists were refreshed. */
    @Transactional
    public int refreshAll(LocalDate businessDate) {
        List<Long> lists = mapper.findRefreshable(businessDate);
        lists.forEach(listId -> refresh(listId, businessDate));
        return lists.size();
    }

    @Transactional
    public void refresh(long listId, LocalDate businessDate) {
        TargetListRows.TargetList list = mapper.findList(listId);
        ListCriteria criteria = json.read(list.criteria());
        LocalDate maturityEnd = criteria.maturityDays() == null ? null
                : businessDate.plusDays(criteria.maturityDays());
        Set<String> existing = new HashSet<>(mapper.findMemberIds(listId));
        int members = 0;
        int noAssessment = 0;
        int unsuitable = 0;
        for (TargetListRows.Candidate candidate
                : mapper.findCandidates(criteria, businessDate, maturityEnd, list.ownerPath())) {
            Suitability.Verdict verdict = list.prodCode() == null ? Suitability.Verdict.SUITABLE
                    : suitability.judge(candidate.riskLevel(), candidate.riskEvalDate(), list.riskRating(),
                            businessDate);
            switch (verdict) {
                case NO_ASSESSMENT -> noAssessment++;
                case UNSUITABLE -> unsuitable++;
                case SUITABLE -> {
                    keep(listId, candidate.custId(), ReasonText.of(criteria, candidate), businessDate, existing);
                    members++;
                }
            }
        }
        mapper.deleteUnseen(listId, businessDate);
        mapper.updateCounts(listId, businessDate, members, noAssessment, unsuitable);
    }

    private void keep(long listId, String custId, String reason, LocalDate date, Set<String> existing) {
        if (existing.contains(custId)) {
            mapper.updateMember(listId, custId, reason, date);
        } else {
            mapper.insertMember(listId, custId, reason, date);
        }
    }
}
