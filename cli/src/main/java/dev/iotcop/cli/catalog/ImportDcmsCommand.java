package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.dcms.CanonicalNames;
import dev.iotcop.catalog.dcms.DcmsFormatException;
import dev.iotcop.catalog.dcms.DcmsImporter;
import dev.iotcop.catalog.dcms.DcmsMapping;
import dev.iotcop.catalog.dcms.DcmsRecord;
import dev.iotcop.catalog.query.CloseMatches;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.CouldNotRun;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import dev.iotcop.cli.output.TextTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-dcms", description = "Read the DCMS open-data mapping of the Code of Practice and explore it by guideline, organisation or document.")
final class ImportDcmsCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Parameters(paramLabel = "FILE", description = "The mapping JSON as published by DCMS (open data, v4).")
  String file;

  @Option(names = {"-g", "--guideline"}, paramLabel = "N", description = "Only records mapped to guideline N.")
  Integer guideline;

  @Option(names = "--organisation", paramLabel = "NAME", description = "Only records of this organisation (name or part of it).")
  String organisation;

  @Option(names = "--document", paramLabel = "TEXT", description = "Only records of documents whose name contains TEXT.")
  String document;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  OutputFormat format;

  ImportDcmsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  record NameView(String name, int records, List<String> writtenAs) {}

  record RecordView(int index, int guideline, String organisation, String document, String section, List<String> en303645,
      String link, String addedAtVersion, String recommendation) {}

  record ImportView(String file, String mappingVersion, int records, Map<String, Integer> perGuideline, List<NameView> organisations,
      List<NameView> documents, Map<String, Object> filter, Integer matching, List<RecordView> matches) {}

  @Override
  public Integer call() {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new UserError("cli.error.unsupported-format", format, "text, json");
    }
    Catalog catalog = ctx.catalog();
    Path path = ctx.resolve(file);
    DcmsMapping mapping;
    try (InputStream in = Files.newInputStream(path)) {
      mapping = new DcmsImporter(catalog, CanonicalNames.load()).read(in, path.getFileName().toString());
    } catch (NoSuchFileException e) {
      throw new UserError("cli.error.no-such-file", path);
    } catch (IOException e) {
      throw new CouldNotRun("cli.error.cannot-read", path, e.getMessage());
    } catch (DcmsFormatException e) {
      throw new UserError("cli.error.dcms-format", e.getMessage());
    }
    Map<String, Integer> perGuideline = new LinkedHashMap<>();
    mapping.perGuideline().forEach((g, n) -> perGuideline.put(g.toString(), n));
    boolean filtered = guideline != null || organisation != null || document != null;
    Predicate<DcmsRecord> p = filter(mapping, catalog);
    List<RecordView> matches = filtered ? mapping.filter(p).stream().map(ImportDcmsCommand::view).toList() : null;
    Map<String, Object> filter = new LinkedHashMap<>();
    if (guideline != null) {
      filter.put("guideline", guideline);
    }
    if (organisation != null) {
      filter.put("organisation", organisation);
    }
    if (document != null) {
      filter.put("document", document);
    }
    ImportView view = new ImportView(path.getFileName().toString(), mapping.version(), mapping.records().size(), perGuideline,
        mapping.organisations().stream().map(n -> new NameView(n.name(), n.records(), n.writtenAs())).toList(),
        mapping.documents().stream().map(n -> new NameView(n.name(), n.records(), n.writtenAs())).toList(),
        filtered ? filter : null, filtered ? matches.size() : null, matches);
    if (format == OutputFormat.JSON) {
      Json.print(ctx.out(), view);
    } else {
      text(catalog, view);
    }
    return ExitCodes.OK;
  }

  private Predicate<DcmsRecord> filter(DcmsMapping mapping, Catalog catalog) {
    List<Predicate<DcmsRecord>> all = new ArrayList<>();
    if (guideline != null) {
      if (catalog.guideline(guideline).isEmpty()) {
        throw new UserError("cli.error.unknown-guideline", guideline);
      }
      all.add(r -> r.guideline() == guideline);
    }
    if (organisation != null) {
      List<String> orgs = mapping.organisationsMatching(organisation);
      if (orgs.isEmpty()) {
        throw new UserError("cli.error.unknown-organisation",
            CloseMatches.of(organisation, mapping.organisations().stream().map(n -> n.name()).toList(), 3), organisation);
      }
      all.add(r -> orgs.contains(r.organisation()));
    }
    if (document != null) {
      String d = document.toLowerCase(Locale.ROOT);
      all.add(r -> r.document().toLowerCase(Locale.ROOT).contains(d));
    }
    return all.stream().reduce(r -> true, Predicate::and);
  }

  private static RecordView view(DcmsRecord r) {
    return new RecordView(r.index(), r.guideline(), r.organisation(), r.document(), r.section(), r.en303645Provisions(), r.link(),
        r.addedAtVersion(), r.recommendation());
  }

  private void text(Catalog catalog, ImportView v) {
    var out = ctx.out();
    out.println(ctx.msg("cli.dcms.summary", v.file(), v.mappingVersion(), v.records(), v.organisations().size(), v.documents().size()));
    if (v.matches() == null) {
      TextTable t = new TextTable(List.of(ctx.msg("cli.col.guideline"), ctx.msg("cli.col.records"), ctx.msg("cli.col.title")));
      v.perGuideline().forEach((g, n) -> t.row(List.of(g, n.toString(),
          catalog.title(dev.iotcop.catalog.ItemRef.of(Catalog.COP, g), ctx.language()).display())));
      t.print(out);
      out.println();
      TextTable o = new TextTable(List.of(ctx.msg("cli.col.records"), ctx.msg("cli.col.organisation")));
      v.organisations().forEach(n -> o.row(List.of(Integer.toString(n.records()), n.name()
          + (n.writtenAs().size() > 1 || !n.writtenAs().getFirst().equals(n.name()) ? "  (" + ctx.msg("cli.dcms.written-as") + ": "
          + String.join(" | ", n.writtenAs()) + ")" : ""))));
      o.print(out);
      out.println();
      out.println(ctx.msg("cli.dcms.hint"));
      return;
    }
    out.println(ctx.msg("cli.dcms.matching", v.matching()));
    for (RecordView r : v.matches()) {
      out.println();
      out.println("#" + r.index() + "  " + ctx.msg("cli.col.guideline") + " " + r.guideline() + "  " + r.organisation());
      out.println("  " + r.document() + " / " + r.section() + (r.en303645().isEmpty() ? "" : "  -> EN 303 645 " + String.join(", ", r.en303645())));
      if (!r.recommendation().isBlank()) {
        out.println(ShowCommand.wrap(r.recommendation().strip().replaceAll("\\s+", " "), 96, "    "));
      }
      if (!r.link().isBlank()) {
        out.println("    " + r.link());
      }
    }
  }
}
