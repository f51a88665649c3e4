package vn.antq.registry.me;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.commune.Commune;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.security.Access;
import vn.antq.registry.security.Actor;
import vn.antq.registry.security.CurrentActor;

/** GET /api/v1/me: who is signed in, and what {@link Access} lets them write and read. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MeResource {

  @Inject CurrentActor current;

  @Inject Access access;

  @Inject SecurityIdentity identity;

  @Inject CommuneRepository communes;

  @GET
  @Operation(
      operationId = "getMe",
      summary = "Người dùng hiện tại",
      description = "Vai trò, đơn vị và phạm vi được ghi của người (hoặc hệ thống) đang gọi API.")
  @APIResponse(responseCode = "200", description = "Người dùng hiện tại")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public MeDto me() {
    Actor actor = current.get();
    String unitProvince = actor.hasProvinceUnit() ? actor.unit() : null;
    if (actor.hasCommuneUnit()) {
      Commune commune = communes.findById(actor.unit());
      unitProvince = commune == null ? null : commune.provinceCode;
    }
    return new MeDto(
        actor.username(),
        displayName(),
        List.copyOf(new TreeSet<>(actor.roles())),
        actor.unit(),
        access.writeScope(),
        unitProvince,
        access.readsAudit());
  }

  private String displayName() {
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
      return String.valueOf(jwt.<Object>getClaim("name")).replace("\"", "");
    }
    return null;
  }
}
