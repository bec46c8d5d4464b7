package org.annals.model.ontology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.AnnalsException;
import org.annals.model.Ontology;

/**
 * The ontology loaded from the TSV files under {@code org/annals/ontology/} (see docs/KB.md for the
 * formats): {@code plover-types.tsv}, {@code plover-modes.tsv}, {@code plover-contexts.tsv},
 * {@code plover-sectors.tsv}, {@code cameo-codes.tsv}, {@code plover-cameo.tsv}. Every file is
 * validated against the others at load; errors name file and line. Immutable and thread-safe.
 */
public final class StandardOntology implements Ontology {

  private static final String NO_MODE = "-";

  private final Map<String, PloverType> types;
  private final Map<String, CameoCode> codes;
  private final Map<String, List<String>> codeContexts;
  private final Map<String, String> defaults;
  private final List<String> contexts;
  private final List<String> sectors;

  private StandardOntology(Map<String, PloverType> types, Map<String, CameoCode> codes,
      Map<String, List<String>> codeContexts, Map<String, String> defaults, List<String> contexts,
      List<String> sectors) {
    this.types = types;
    this.codes = codes;
    this.codeContexts = codeContexts;
    this.defaults = defaults;
    this.contexts = contexts;
    this.sectors = sectors;
  }

  /** Loads the bundled data files; fails with an {@link AnnalsException} naming file and line. */
  public static StandardOntology load() {
    List<String> contexts = column(data("plover-contexts.tsv"), "context");
    List<String> sectors = column(data("plover-sectors.tsv"), "sector");
    Map<String, PloverType> types = loadTypes(
        data("plover-types.tsv"),
        data("plover-modes.tsv"));
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    Map<String, List<String>> codeContexts = new LinkedHashMap<>();
    for (TsvTable.Row row : data("cameo-codes.tsv").rows()) {
      CameoCode c = cameoRow(row, types);
      List<String> ctx = row.list("plover_context");
      for (String x : ctx) {
        if (!contexts.contains(x)) {
          throw row.fail("unknown PLOVER context '" + x + "'");
        }
      }
      if (codes.put(c.code(), c) != null) {
        throw row.fail("duplicate CAMEO code " + c.code());
      }
      codeContexts.put(c.code(), ctx);
    }
    Map<String, String> defaults = loadDefaults(
        data("plover-cameo.tsv"), types, codes);
    return new StandardOntology(Map.copyOf(types), Map.copyOf(codes), Map.copyOf(codeContexts),
        Map.copyOf(defaults), contexts, sectors);
  }

  private static TsvTable data(String file) {
    return TsvTable.resource(StandardOntology.class, "/org/annals/ontology/" + file);
  }

  private static List<String> column(TsvTable t, String column) {
    List<String> out = new ArrayList<>();
    for (TsvTable.Row r : t.rows()) {
      String v = r.get(column);
      if (out.contains(v)) {
        throw r.fail("duplicate " + column + " '" + v + "'");
      }
      out.add(v);
    }
    return List.copyOf(out);
  }

  private static Map<String, PloverType> loadTypes(TsvTable typeFile, TsvTable modeFile) {
    Map<String, List<String>> modes = new LinkedHashMap<>();
    for (TsvTable.Row r : typeFile.rows()) {
      modes.put(r.get("event"), new ArrayList<>());
    }
    for (TsvTable.Row r : modeFile.rows()) {
      List<String> list = modes.get(r.get("event"));
      if (list == null) {
        throw r.fail("unknown PLOVER event type '" + r.get("event") + "'");
      }
      list.add(r.get("mode"));
    }
    Map<String, PloverType> types = new LinkedHashMap<>();
    for (TsvTable.Row r : typeFile.rows()) {
      int quad = (int) r.number("quad_class");
      if (quad < 1 || quad > 4) {
        throw r.fail("quad_class must be 1-4");
      }
      String name = r.get("event");
      types.put(name, new PloverType(name, r.get("description"), List.copyOf(modes.get(name)), quad));
    }
    return types;
  }

  private static CameoCode cameoRow(TsvTable.Row row, Map<String, PloverType> types) {
    String code = row.get("code");
    if (!code.matches("\\d{2,4}")) {
      throw row.fail("CAMEO code must have 2-4 digits: '" + code + "'");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    int quad = (int) row.number("quad_class");
    if (root < 1 || root > 20 || quad != quadOfRoot(root)) {
      throw row.fail("quad class " + quad + " does not match CAMEO root " + code.substring(0, 2));
    }
    String event = row.opt("plover_event");
    String mode = row.opt("plover_mode");
    if (event != null && !types.containsKey(event)) {
      throw row.fail("unknown PLOVER event type '" + event + "'");
    }
    if (mode != null && (event == null || !types.get(event).modes().contains(mode))) {
      throw row.fail("mode '" + mode + "' is not a PLOVER 2.0 mode of " + event);
    }
    return new CameoCode(code, row.get("name"), row.number("goldstein"), quad, event, mode);
  }

  /** CAMEO quad class of a root code: 01-05, 06-08, 09-13, 14-20. */
  static int quadOfRoot(int root) {
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  private static Map<String, String> loadDefaults(TsvTable t, Map<String, PloverType> types,
      Map<String, CameoCode> codes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (TsvTable.Row r : t.rows()) {
      String event = r.get("event");
      String mode = r.opt("mode");
      PloverType type = types.get(event);
      if (type == null || (mode != null && !type.modes().contains(mode))) {
        throw r.fail("unknown PLOVER event/mode " + event + "/" + mode);
      }
      CameoCode c = codes.get(r.get("cameo"));
      if (c == null || !event.equals(c.ploverEvent())) {
        throw r.fail("CAMEO code " + r.get("cameo") + " is unknown or not a " + event + " code");
      }
      out.put(key(event, mode), c.code());
    }
    for (PloverType type : types.values()) {
      if (!out.containsKey(key(type.name(), null))) {
        throw new AnnalsException(t.name() + ": no default CAMEO code for " + type.name());
      }
      for (String m : type.modes()) {
        if (!out.containsKey(key(type.name(), m))) {
          throw new AnnalsException(t.name() + ": no CAMEO code for " + type.name() + "/" + m);
        }
      }
    }
    return out;
  }

  private static String key(String event, String mode) {
    return event + "/" + (mode == null || mode.isEmpty() ? NO_MODE : mode);
  }

  @Override
  public Optional<CameoCode> cameo(String code) {
    return Optional.ofNullable(code == null ? null : codes.get(code));
  }

  @Override
  public Optional<PloverType> plover(String event) {
    return Optional.ofNullable(event == null ? null : types.get(event));
  }

  @Override
  public List<PloverType> ploverTypes() {
    return types.values().stream().sorted(Comparator.comparingInt(PloverType::quadClass)
        .thenComparing(t -> ORDER.indexOf(t.name()))).toList();
  }

  private static final List<String> ORDER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
      "MOBILIZE", "COERCE", "ASSAULT");

  @Override
  public List<String> contexts() {
    return contexts;
  }

  @Override
  public List<String> sectors() {
    return sectors;
  }

  @Override
  public Optional<CameoCode> cameoFor(String ploverEvent, String ploverMode) {
    return cameo(defaults.get(key(ploverEvent, ploverMode)));
  }

  @Override
  public Optional<CameoCode> cameoFor(String event, String mode, Collection<String> contexts) {
    Optional<CameoCode> base = cameoFor(event, mode);
    if (base.isEmpty() || contexts == null || contexts.isEmpty()) {
      return base;
    }
    String wanted = mode == null || mode.isEmpty() ? null : mode;
    return codes.values().stream()
        .filter(c -> event.equals(c.ploverEvent()) && java.util.Objects.equals(wanted, c.ploverMode()))
        .filter(c -> codeContexts.get(c.code()).stream().anyMatch(contexts::contains))
        .min(Comparator.comparingInt((CameoCode c) -> c.code().length()).thenComparing(CameoCode::code))
        .or(() -> base);
  }

  @Override
  public List<String> cameoContexts(String code) {
    return codeContexts.getOrDefault(code, List.of());
  }

  @Override
  public String version() {
    return "plover-2.0+cameo-1.1b3 (" + codes.size() + " CAMEO codes)";
  }
}
