package org.wealthcrm.web.operations;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only access to nightly_run, nightly_run_file and load_reject. */
@Mapper
interface OperationsMapper {

    List<RunRows.Run> findRuns(@Param("limit") int limit);

    RunRows.Run findRun(@Param("runId") long runId);

    List<RunRows.RunFile> findFiles(@Param("runId") long runId);

    List<RunRows.RejectCount> findRejectCounts(@Param("date") LocalDate date);

    List<RunRows.Reject> findRejects(@Param("date") LocalDate date, @Param("limit") int limit);
}
