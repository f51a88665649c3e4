package vn.antq.registry.imports;

/** An importer that states its kind and columns once, in its constructor. */
public abstract class NamedImporter implements Importer {

  private final String kind;
  private final Columns columns;

  protected NamedImporter(String kind, Columns columns) {
    this.kind = kind;
    this.columns = columns;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public Columns columns() {
    return columns;
  }
}
