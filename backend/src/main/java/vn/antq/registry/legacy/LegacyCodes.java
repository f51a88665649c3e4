package vn.antq.registry.legacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.commune.Commune;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.province.Province;
import vn.antq.registry.province.ProvinceRepository;

/**
 * Lets a pre-2025 province or commune code stand where a 2025 code is expected: it becomes its
 * successor when there is exactly one; a split commune is refused with its successors listed. A
 * code that is a 2025 code, or that nobody knows, passes unchanged (the usual checks follow).
 */
@ApplicationScoped
public class LegacyCodes {

  /** The code to store, and the old code it was given as (null when it was already a 2025 code). */
  public record Mapped(String code, String legacy) {}

  @Inject LegacyRepository repository;
  @Inject CommuneRepository communes;
  @Inject ProvinceRepository provinces;

  public Mapped commune(String field, String code) {
    if (code == null || communes.exists(code)) {
      return new Mapped(code, null);
    }
    List<String[]> successors = communeSuccessors(code);
    if (successors.size() == 1) {
      return new Mapped(successors.get(0)[0], code);
    }
    if (successors.size() > 1) {
      throw ProblemException.unprocessable(
          field,
          "Xã cũ '"
              + Inputs.clip(code)
              + "' đã được chia cho "
              + successors.size()
              + " xã mới: "
              + String.join(", ", successors.stream().map(s -> s[0] + " (" + s[1] + ")").toList())
              + "; hãy ghi mã xã mới (old commune was split; give the new commune)");
    }
    return new Mapped(code, null);
  }

  public Mapped province(String field, String code) {
    if (code == null || provinces.exists(code)) {
      return new Mapped(code, null);
    }
    List<String> successors = provinceSuccessors(code);
    return successors.size() == 1 ? new Mapped(successors.get(0), code) : new Mapped(code, null);
  }

  /** The current communes an old code became: code and full name, in code order. */
  private List<String[]> communeSuccessors(String code) {
    List<String[]> result = new ArrayList<>();
    for (String successor : repository.successorCodes(code)) {
      Commune commune = communes.findById(successor);
      if (commune != null) {
        result.add(new String[] {commune.code, commune.fullName});
      }
    }
    return result;
  }

  private List<String> provinceSuccessors(String code) {
    return repository.successorCodes(code).stream().filter(provinces::exists).toList();
  }

  /** What each successor of an old unit is now (a commune or a province), as the API shows it. */
  public List<LegacyUnitDto.Successor> successorsOf(String oldCode) {
    List<LegacyUnitDto.Successor> result = new ArrayList<>();
    for (String code : repository.successorCodes(oldCode)) {
      Commune commune = code.length() == 5 ? communes.findById(code) : null;
      Province province = commune == null && code.length() == 2 ? provinces.findById(code) : null;
      result.add(
          commune != null
              ? new LegacyUnitDto.Successor(code, commune.fullName, "COMMUNE", commune.provinceCode)
              : new LegacyUnitDto.Successor(
                  code,
                  province == null ? null : province.fullName,
                  "PROVINCE",
                  province == null ? null : province.code));
    }
    return result;
  }
}
