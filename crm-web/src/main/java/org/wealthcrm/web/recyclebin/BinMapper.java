package org.wealthcrm.web.recyclebin;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** Reads of the recycle bin; the snapshots themselves are written and replayed by {@link Snapshots}. */
@Mapper
interface BinMapper {

    /** Entries {@code scope} may restore: its own, and as a leader those of customers in its scope. */
    List<BinEntry> findVisible(@Param("scope") DataScope scope, @Param("leader") boolean leader);

    /** Every entry, for the administrator. */
    List<BinEntry> findAll();

    BinEntry findEntry(@Param("binId") long binId);

    boolean isInScope(@Param("scope") DataScope scope, @Param("custId") String custId);

    int deleteEntry(@Param("binId") long binId);
}
