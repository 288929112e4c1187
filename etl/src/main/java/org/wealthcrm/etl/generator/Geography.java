package org.wealthcrm.etl.generator;

import java.util.List;

/** Provinces, cities and districts the demo bank operates in, with the administrative codes used in ID numbers. */
final class Geography {

    record City(String name, String code, List<String> districts) {
        /** Short name without 市, used in branch names: 杭州. */
        String shortName() {
            return name.substring(0, name.length() - 1);
        }
    }

    record Province(String name, List<City> cities) {
        String shortName() {
            return name.substring(0, name.length() - 1);
        }
    }

    static final List<Province> PROVINCES = List.of(
        new Province("浙江省", List.of(
            new City("杭州市", "3301", List.of("西湖", "上城", "拱墅", "滨江", "萧山")),
            new City("宁波市", "3302", List.of("海曙", "江北", "鄞州", "北仑", "镇海")),
            new City("温州市", "3303", List.of("鹿城", "龙湾", "瓯海", "乐清", "瑞安")))),
        new Province("江苏省", List.of(
            new City("南京市", "3201", List.of("玄武", "秦淮", "鼓楼", "建邺", "江宁")),
            new City("苏州市", "3205", List.of("姑苏", "吴中", "相城", "园区", "昆山")),
            new City("无锡市", "3202", List.of("梁溪", "滨湖", "新吴", "锡山", "江阴")))),
        new Province("广东省", List.of(
            new City("广州市", "4401", List.of("天河", "越秀", "海珠", "番禺", "白云")),
            new City("深圳市", "4403", List.of("福田", "罗湖", "南山", "宝安", "龙岗")),
            new City("佛山市", "4406", List.of("禅城", "南海", "顺德", "三水", "高明")))),
        new Province("山东省", List.of(
            new City("济南市", "3701", List.of("历下", "市中", "槐荫", "天桥", "历城")),
            new City("青岛市", "3702", List.of("市南", "市北", "黄岛", "崂山", "城阳")),
            new City("烟台市", "3706", List.of("芝罘", "福山", "莱山", "牟平", "龙口")))),
        new Province("四川省", List.of(
            new City("成都市", "5101", List.of("锦江", "青羊", "金牛", "武侯", "成华")),
            new City("绵阳市", "5107", List.of("涪城", "游仙", "安州", "江油", "三台")),
            new City("宜宾市", "5115", List.of("翠屏", "南溪", "叙州", "江安", "长宁")))),
        new Province("湖北省", List.of(
            new City("武汉市", "4201", List.of("江岸", "江汉", "硚口", "汉阳", "武昌")),
            new City("宜昌市", "4205", List.of("西陵", "点军", "猇亭", "夷陵", "宜都")),
            new City("襄阳市", "4206", List.of("襄城", "樊城", "襄州", "枣阳", "宜城")))));

    /** Birthplace codes of customers who moved in from elsewhere (6-digit county codes). */
    static final List<String> OTHER_BIRTHPLACES = List.of(
        "110105", "310104", "120101", "500103", "410102", "430102", "340102", "360102",
        "350203", "130102", "210102", "610113", "450102", "530102", "220102", "140105");

    private Geography() {
    }
}
