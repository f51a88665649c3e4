package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.province.ProvinceRepository;

/** The province and commune filters of the reporting reads, checked (400 naming the field). */
@ApplicationScoped
class CompletenessScopes {

  @Inject ProvinceRepository provinces;
  @Inject CommuneRepository communes;

  /**
   * A checked scope; the commune's province narrows the values read, as a province filter would.
   */
  record Scope(String provinceCode, String communeCode) {}

  Scope scope(String provinceCode, String communeCode) {
    String province = province(provinceCode);
    CommuneRepository.Place place = commune(communeCode, province);
    return place == null
        ? new Scope(province, null)
        : new Scope(place.provinceCode(), place.code());
  }

  String province(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    if (!Inputs.isCode(code) || !provinces.exists(code)) {
      throw ProblemException.badRequest(
          "provinceCode", "Không có tỉnh mã '" + Inputs.clip(code) + "' (unknown province)");
    }
    return code;
  }

  CommuneRepository.Place commune(String code, String province) {
    if (code == null || code.isBlank()) {
      return null;
    }
    CommuneRepository.Place place = Inputs.isCode(code) ? communes.place(code).orElse(null) : null;
    if (place == null) {
      throw ProblemException.badRequest(
          "communeCode", "Không có xã mã '" + Inputs.clip(code) + "' (unknown commune)");
    }
    if (province != null && !province.equals(place.provinceCode())) {
      throw ProblemException.badRequest(
          "communeCode",
          "Xã '"
              + Inputs.clip(code)
              + "' không thuộc tỉnh '"
              + province
              + "' (the commune is in another province)");
    }
    return place;
  }
}
