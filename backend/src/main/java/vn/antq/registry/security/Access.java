package vn.antq.registry.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;

/**
 * Who may write what. Every signed-in role reads everything; writes are limited by role and by the
 * unit in the token. Refusals are 403 problems that name the unit concerned.
 */
@ApplicationScoped
public class Access {

  @Inject CurrentActor current;

  public Actor actor() {
    return current.get();
  }

  /** Managed lists and administrative units: the central administrators only. */
  public void requireAdmin(String what) {
    Actor actor = actor();
    if (!actor.isAdmin()) {
      throw forbidden(
          "Chỉ quản trị viên trung ương (central-admin) được thay đổi "
              + what
              + " (central-admin only)");
    }
  }

  /** Recognition at national level is the ministry's decision. */
  public void requireNationalRecognition() {
    if (!actor().isAdmin()) {
      throw forbidden(
          "Chỉ quản trị viên trung ương được công nhận mô hình cấp toàn quốc (NATIONAL); "
              + "cán bộ tỉnh không đặt được cấp này (only central-admin may set NATIONAL recognition)");
    }
  }

  /** Province-level data (models, province totals): admins, or writers of that very province. */
  public void requireProvince(String provinceCode) {
    Actor actor = actor();
    if (passesForProvince(
        actor, provinceCode, () -> "không được ghi dữ liệu của tỉnh " + provinceCode)) {
      return;
    }
    if (actor.writesForCommune()) {
      requireCommuneUnit(actor);
      throw forbidden(
          "Đơn vị của bạn là xã "
              + actor.unit()
              + "; chỉ được ghi điểm nhân rộng và kết quả của xã mình, "
              + "không ghi dữ liệu cấp tỉnh "
              + provinceCode
              + " (commune unit "
              + actor.unit()
              + " cannot write province-level data)");
    }
    throw readOnly(actor);
  }

  /**
   * Commune-level data (points, their outcomes): admins, writers of its province, or of that
   * commune.
   */
  public void requireCommune(String communeCode, String provinceCode) {
    Actor actor = actor();
    if (passesForProvince(
        actor, provinceCode, () -> "xã " + communeCode + " thuộc tỉnh " + provinceCode)) {
      return;
    }
    if (actor.writesForCommune()) {
      requireCommuneUnit(actor);
      if (actor.unit().equals(communeCode)) {
        return;
      }
      throw outside(actor, "xã", "không được ghi dữ liệu của xã " + communeCode, "commune");
    }
    throw readOnly(actor);
  }

  /**
   * True for admins and for writers of this province; a writer of another province is refused with
   * {@code refusal}. False for everyone else, whom the caller checks further.
   */
  private static boolean passesForProvince(
      Actor actor, String provinceCode, Supplier<String> refusal) {
    if (actor.isAdmin()) {
      return true;
    }
    if (!actor.writesForProvince()) {
      return false;
    }
    requireProvinceUnit(actor);
    if (actor.unit().equals(provinceCode)) {
      return true;
    }
    throw outside(actor, "tỉnh", refusal.get(), "province");
  }

  private static void requireProvinceUnit(Actor actor) {
    requireUnitShape(actor, actor.hasProvinceUnit(), "mã tỉnh 2 chữ số (a 2-digit province code)");
  }

  private static void requireCommuneUnit(Actor actor) {
    requireUnitShape(actor, actor.hasCommuneUnit(), "mã xã 5 chữ số (a 5-digit commune code)");
  }

  /** "Đơn vị của bạn là {level} U; {refusal} (outside your unit: {levelEn} U)". */
  private static ProblemException outside(
      Actor actor, String level, String refusal, String levelEn) {
    return forbidden(
        "Đơn vị của bạn là "
            + level
            + " "
            + actor.unit()
            + "; "
            + refusal
            + " (outside your unit: "
            + levelEn
            + " "
            + actor.unit()
            + ")");
  }

  /** Models are province business: commune-level writers may not create or change them. */
  public void requireModel(String provinceCode) {
    requireProvince(provinceCode);
  }

  /**
   * Names of the people leading a point are for readers of the point's own unit (or central staff).
   */
  public boolean seesLeadersOf(String provinceCode, String communeCode) {
    Actor actor = actor();
    if (actor.isCentral()) {
      return true;
    }
    return actor.unit() != null
        && (actor.unit().equals(provinceCode) || actor.unit().equals(communeCode));
  }

  /**
   * What the caller may write, as the checks above decide it: ALL, PROVINCE (its province), COMMUNE
   * (its commune) or NONE.
   */
  public String writeScope() {
    Actor actor = actor();
    if (actor.isAdmin()) {
      return "ALL";
    }
    if (actor.writesForProvince()) {
      return actor.hasProvinceUnit() ? "PROVINCE" : "NONE";
    }
    if (actor.writesForCommune()) {
      return actor.hasCommuneUnit() ? "COMMUNE" : "NONE";
    }
    return "NONE";
  }

  /**
   * True exactly when {@link #auditScope()} lets the caller read the audit log rather than
   * refusing.
   */
  public boolean readsAudit() {
    Actor actor = actor();
    return actor.isAdmin() || actor.has(Role.PROVINCE_OFFICER) && actor.hasProvinceUnit();
  }

  /** The audit log: central administrators see all, province officers their province. */
  public String auditScope() {
    Actor actor = actor();
    if (actor.isAdmin()) {
      return null;
    }
    if (actor.has(Role.PROVINCE_OFFICER)) {
      requireProvinceUnit(actor);
      return actor.unit();
    }
    throw forbidden(
        "Nhật ký thay đổi chỉ dành cho quản trị viên trung ương và cán bộ cấp tỉnh (audit log: central-admin or province-officer)");
  }

  private static void requireUnitShape(Actor actor, boolean valid, String expected) {
    if (!valid) {
      throw forbidden(
          "Token không có đơn vị hợp lệ (claim `unit`"
              + (actor.unit() == null ? " bị thiếu" : " = '" + actor.unit() + "'")
              + "); cần "
              + expected
              + ". Liên hệ quản trị viên để gán đơn vị cho tài khoản (token has no valid unit claim)");
    }
  }

  private static ProblemException readOnly(Actor actor) {
    return forbidden(
        "Vai trò của bạn ("
            + String.join(", ", actor.roles().stream().sorted().toList())
            + ") chỉ được xem, không được ghi (read-only role)");
  }

  public static ProblemException forbidden(String message) {
    return new ProblemException(ProblemType.FORBIDDEN, message, null);
  }

  public static ProblemException forbidden(String message, List<FieldError> errors) {
    return new ProblemException(ProblemType.FORBIDDEN, message, errors);
  }
}
