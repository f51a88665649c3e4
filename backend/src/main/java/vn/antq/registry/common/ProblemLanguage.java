package vn.antq.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Problem documents and import reports speak the language asked for by Accept-Language: Vietnamese
 * only for vi, English only for en, both (as written) otherwise. Their `code` fields never change.
 */
public class ProblemLanguage {

  @ServerResponseFilter
  public void localise(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof Localised texts)) {
      return;
    }
    Bilingual.Language language;
    try {
      language = Bilingual.Language.of(request.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      language = Bilingual.Language.BOTH;
    }
    response.getHeaders().add("Vary", "Accept-Language");
    if (language != Bilingual.Language.BOTH) {
      response.setEntity(texts.in(language));
      response
          .getHeaders()
          .putSingle("Content-Language", language.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
