package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhereTest {

  record Filter(String provinceCode, Integer level, String communeCode, String q) {}

  @Test
  void aFilterRecordBecomesEqualitiesOnItsGivenPartsAndASearchForQ() {
    Where where = Where.matching(new Filter("12", 3, " ", "Tự quản"));
    assertThat(where.hql())
        .isEqualTo("provinceCode = :provinceCode and level = :level and searchText like :q");
    assertThat(where.parameters().map())
        .containsEntry("provinceCode", "12")
        .containsEntry("level", 3)
        .doesNotContainKey("communeCode")
        .containsKey("q");
  }

  @Test
  void anEmptyFilterMatchesEverything() {
    assertThat(Where.matching(new Filter(null, null, null, null)).hql()).isEqualTo("1 = 1");
  }
}
