package org.wealthcrm.web.bizdate;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BusinessDateMapper {

    LocalDate findLatest();

    boolean isPublished(@Param("date") LocalDate date);

    /** The last {@code count} published dates, newest first. */
    List<LocalDate> findRecent(@Param("count") int count);
}
