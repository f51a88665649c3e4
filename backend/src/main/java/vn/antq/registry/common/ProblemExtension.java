package vn.antq.registry.common;

/**
 * What a problem document carries beyond its standard members (the counters and rejected values of
 * a refused import): Jackson writes its fields flat into the document, after `instance`, and it is
 * localised with the document's own texts.
 */
public interface ProblemExtension extends Localised {

  @Override
  ProblemExtension in(Bilingual.Language language);
}
