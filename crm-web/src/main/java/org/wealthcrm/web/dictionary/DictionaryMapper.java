package org.wealthcrm.web.dictionary;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DictionaryMapper {

    List<DictionaryItem> findAll();

    List<DictionaryItem> findEnabled(@Param("dictType") String dictType);

    DictionaryItem find(@Param("dictType") String dictType, @Param("itemCode") String itemCode);

    void insert(@Param("item") DictionaryItem item);

    int update(@Param("item") DictionaryItem item);
}
