package vn.antq.registry.common;

/**
 * An answer whose texts are written in both languages ("Vietnamese (English)") and can be given in
 * the one asked for by Accept-Language; ProblemLanguage applies it to every answer.
 */
public interface Localised {

  Object in(Bilingual.Language language);
}
