package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * The mappers' sorting of failures: which are overload (503), which the client's connection, which
 * a server fault.
 */
class ProblemMappersTest {

  @Test
  void overloadIsRecognisedWhereverItIsWrapped() {
    assertThat(
            ProblemMappers.isOverload(
                new GenericJDBCException(
                    "Unable to acquire JDBC Connection [Sorry, acquisition timeout!]",
                    new SQLException("Sorry, acquisition timeout!"))))
        .isTrue();
    assertThat(
            ProblemMappers.isOverload(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .isTrue();
    assertThat(ProblemMappers.isOverload(new SQLException("Deadlock found", "40001", 1213)))
        .isTrue();
    assertThat(ProblemMappers.isOverload(new SQLException("Could not connect", "08000", 0)))
        .isTrue();
    assertThat(ProblemMappers.isOverload(new SQLTransientConnectionException("pool"))).isTrue();
    assertThat(ProblemMappers.isOverload(new SQLException("Unknown column", "42S22", 1054)))
        .isFalse();
    assertThat(ProblemMappers.isOverload(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void clientSideConnectionFailuresAreNotServerFaults() {
    assertThat(ProblemMappers.isConnectionFailure(new ClosedChannelException())).isTrue();
    assertThat(ProblemMappers.isConnectionFailure(new IOException("Connection reset by peer")))
        .isTrue();
    assertThat(
            ProblemMappers.isConnectionFailure(
                new io.vertx.core.http.HttpClosedException("Connection was closed")))
        .isTrue();
    assertThat(
            ProblemMappers.isConnectionFailure(
                new io.netty.handler.codec.DecoderException("bad chunk")))
        .isTrue();
    assertThat(ProblemMappers.isConnectionFailure(new IOException("Mark invalid"))).isFalse();
    assertThat(ProblemMappers.isConnectionFailure(new NullPointerException())).isFalse();
  }

  @Test
  void unexpectedFailuresMapByTheirCause() {
    ProblemMappers mappers = new ProblemMappers();
    Response overloaded =
        mappers.unexpected(new RuntimeException(new SQLTransientConnectionException("pool")), null);
    assertThat(overloaded.getStatus()).isEqualTo(503);
    assertThat(overloaded.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(((Problem) overloaded.getEntity()).code()).isEqualTo("overloaded");
    Response aborted =
        mappers.unexpected(
            new IOException(new io.vertx.core.http.HttpClosedException("Connection was closed")),
            null);
    assertThat(aborted.getStatus()).isEqualTo(400);
    assertThat(mappers.unexpected(new IllegalStateException("bug"), null).getStatus())
        .isEqualTo(500);
  }

  @Test
  void aDefinitionFailureIsA400Problem() {
    Response answer =
        new ProblemMappers()
            .definition(
                InvalidDefinitionException.from(
                    (com.fasterxml.jackson.core.JsonParser) null,
                    "Duplicate creator property",
                    (com.fasterxml.jackson.databind.JavaType) null),
                null);
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(answer.getMediaType().toString()).isEqualTo(ProblemMappers.PROBLEM_JSON);
  }

  @Test
  void longTextsAreBounded() {
    Response answer =
        ProblemMappers.problem(
            ProblemType.VALIDATION,
            400,
            "d".repeat(50_000),
            java.util.List.of(new FieldError("f", "m".repeat(50_000))),
            null);
    Problem problem = (Problem) answer.getEntity();
    assertThat(problem.detail().length()).isLessThan(1_100);
    assertThat(problem.errors().get(0).message().length()).isLessThan(1_100);
    assertThat(problem.errors().get(0).code()).isEqualTo("invalid-value");
  }

  private record Counts(int created, String note) implements ProblemExtension {
    @Override
    public Counts in(Bilingual.Language language) {
      return new Counts(created, Bilingual.parse(note).in(language));
    }
  }

  /**
   * An extension is written flat between `instance` and `errors`, and localised with the document.
   */
  @Test
  void anExtensionIsWrittenFlatAndLocalised() throws Exception {
    Response answer =
        new ProblemMappers()
            .problem(
                ProblemException.carrying(
                    ProblemType.FILE_REJECTED, "hỏng (broken)", new Counts(3, "ghi chú (note)")),
                null);
    Problem problem = (Problem) answer.getEntity();
    assertThat(answer.getStatus()).isEqualTo(422);
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.writeValueAsString(problem))
        .isEqualTo(
            "{\"type\":\"urn:antq:problem:import-rejected\","
                + "\"title\":\"Tệp bị từ chối, không dòng nào được ghi (import rejected, nothing written)\",\"status\":422,"
                + "\"code\":\"import-rejected\",\"detail\":\"hỏng (broken)\",\"created\":3,\"note\":\"ghi chú (note)\"}");
    assertThat(json.writeValueAsString(problem.in(Bilingual.Language.EN)))
        .contains("\"detail\":\"broken\",\"created\":3,\"note\":\"note\"}");
  }
}
