package vn.antq.registry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure README's architecture section describes, checked on the compiled classes and the
 * sources: features depend on each other in one direction only, each feature's tables are read and
 * written by that feature alone, and other features reach them through its repository.
 */
class FeatureBoundariesTest {

  private static final String BASE = "vn.antq.registry";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  /** Which feature owns each table, and each entity by the name JPQL uses. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("province", "province"),
          Map.entry("commune", "commune"),
          Map.entry("model_category", "category"),
          Map.entry("modelcategory", "category"),
          Map.entry("indicator", "indicator"),
          Map.entry("model", "model"),
          Map.entry("model_status_history", "model"),
          Map.entry("modelstatuschange", "model"),
          Map.entry("model_code_counter", "model"),
          Map.entry("model_code_issued", "model"),
          Map.entry("replication_point", "point"),
          Map.entry("replicationpoint", "point"),
          Map.entry("outcome", "outcome"),
          Map.entry("outcome_stage", "outcome"),
          Map.entry("outcome_touched", "outcome"),
          Map.entry("legacy_unit", "legacy"),
          Map.entry("legacyunit", "legacy"),
          Map.entry("legacy_successor", "legacy"),
          Map.entry("audit_log", "audit"),
          Map.entry("auditentry", "audit"),
          Map.entry("import_provenance", "audit"),
          Map.entry("import_job", "imports"),
          Map.entry("importjob", "imports"),
          Map.entry("reporting_obligation", "reporting"),
          Map.entry("reportingobligation", "reporting"),
          Map.entry("reporting_obligation_indicator", "reporting"),
          Map.entry("reporting_obligation_model", "reporting"),
          Map.entry("report", "reporting"),
          Map.entry("validation_rule", "validation"),
          Map.entry("validationrule", "validation"),
          Map.entry("validation_rule_left", "validation"),
          Map.entry("validation_rule_right", "validation"),
          Map.entry("outlier_bound", "outlier"),
          Map.entry("outlierbound", "outlier"),
          Map.entry("follow_up", "outlier"),
          Map.entry("followup", "outlier"),
          Map.entry("demo_data_load", "demo"));

  private static final Set<String> ACTIVE_RECORD =
      Set.of(
          "find",
          "findAll",
          "findById",
          "findByIdOptional",
          "list",
          "listAll",
          "stream",
          "streamAll",
          "count",
          "delete",
          "deleteAll",
          "deleteById",
          "update",
          "persist",
          "persistAndFlush",
          "flush",
          "getEntityManager",
          "isPersistent");

  private static final Pattern STRING =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern TABLE =
      Pattern.compile(
          "\\b(?:from|join|into|update|table)\\s+([A-Za-z_]+)", Pattern.CASE_INSENSITIVE);

  @Test
  void featuresDependOnEachOtherInOneDirection() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void entitiesAreReachedThroughRepositoriesNotActiveRecordCalls() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a Panache active-record method of an entity",
                (JavaMethodCall call) ->
                    call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                        && ACTIVE_RECORD.contains(call.getName())))
        .check(CLASSES);
  }

  @Test
  void noFeatureQueriesThroughAnotherFeaturesRepositoryEntityManager() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "getEntityManager() of another feature's repository",
                (JavaMethodCall call) ->
                    call.getTargetOwner().isAssignableTo(PanacheRepositoryBase.class)
                        && call.getName().equals("getEntityManager")
                        && !call.getOriginOwner()
                            .getPackageName()
                            .equals(call.getTargetOwner().getPackageName())
                        // common's paging reads the repository a feature hands it, for that feature
                        && !call.getOriginOwner().getPackageName().equals(BASE + ".common")))
        .check(CLASSES);
  }

  @Test
  void everyQueryNamesOnlyTablesOfItsOwnFeature() throws IOException {
    List<String> violations = new ArrayList<>();
    Path root = Path.of("src/main/java/vn/antq/registry");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String feature = root.relativize(file).getName(0).toString();
        violations.addAll(foreignTables(feature, root.relativize(file), Files.readString(file)));
      }
    }
    assertThat(violations).as("queries naming another feature's tables").isEmpty();
  }

  @Test
  void theTableCheckFindsAForeignTable() {
    String source =
        "class X { String q = \"select count(o) from Outcome o\"; String t = \"\"\"\n"
            + "  select 1 from replication_point p join commune c\"\"\"; }";
    assertThat(foreignTables("model", Path.of("model/X.java"), source))
        .containsExactly(
            "model/X.java names Outcome (outcome's)",
            "model/X.java names replication_point (point's)",
            "model/X.java names commune (commune's)");
    assertThat(foreignTables("outcome", Path.of("outcome/X.java"), source))
        .hasSize(2)
        .noneMatch(v -> v.contains("Outcome"));
  }

  static List<String> foreignTables(String feature, Path file, String source) {
    List<String> violations = new ArrayList<>();
    Matcher literal = STRING.matcher(source);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      Matcher table = TABLE.matcher(text);
      while (table.find()) {
        String name = table.group(1);
        String owner = OWNERS.get(name.toLowerCase(Locale.ROOT));
        if (owner != null && !owner.equals(feature)) {
          violations.add(file + " names " + name + " (" + owner + "'s)");
        }
      }
    }
    return violations;
  }
}
