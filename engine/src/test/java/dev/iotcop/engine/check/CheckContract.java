package dev.iotcop.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.TestCase;
import dev.iotcop.catalog.i18n.Messages;
import dev.iotcop.catalog.i18n.TextBundle;
import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.report.ReportWriter;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.RunTime;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.RollUpCalculator;
import dev.iotcop.engine.verdict.VerdictResolver;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every check inherits (DESIGN §3): a valid descriptor whose id is unique and registered, provisions and
 * test cases that exist in the catalog, message keys present in every language, example findings that render in every
 * report format on the class path, subjects chosen from the facts it declares it needs, and a deadline that is
 * honoured.
 */
public abstract class CheckContract {
  private static final Catalog CATALOG = Catalog.load();
  private static final TextBundle MESSAGES = Messages.discover(CheckContract.class.getClassLoader());

  protected abstract Check check();

  /** A target the check can be pointed at in the deadline test. */
  protected abstract Target sampleTarget();

  /** Facts under which {@link #check()} has at least one subject for {@link #sampleTarget()}. */
  protected abstract Facts sampleFacts();

  @Test
  void descriptorIsWellFormed() {
    CheckDescriptor d = check().descriptor();
    assertThat(d.id()).matches(CheckDescriptor.ID);
    assertThat(d.kind()).isNotNull();
    assertThat(d.messageKeys()).as("a check declares the message keys its findings use").isNotEmpty();
    assertThat(d.provisions()).as("a check that gathers evidence names the provisions it speaks to")
        .isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void idIsUniqueAndTheCheckIsRegistered() {
    List<String> ids = ServiceLoader.load(Check.class).stream().map(p -> p.get().descriptor().id()).toList();
    assertThat(ids).as("ids of all checks on the class path").doesNotHaveDuplicates().contains(check().descriptor().id());
  }

  @Test
  void provisionsAndTestCasesExistInTheCatalog() {
    CheckDescriptor d = check().descriptor();
    for (String p : d.provisions()) {
      assertThat(CATALOG.en303645Versions().stream().anyMatch(v -> CATALOG.provision(v, p).isPresent()))
          .as("provision %s exists in some EN 303 645 version", p).isTrue();
    }
    for (String t : d.testCases()) {
      TestCase tc = CATALOG.testCase(t).orElse(null);
      assertThat(tc).as("test case %s exists", t).isNotNull();
      assertThat(d.provisions()).as("test case %s belongs to a provision the check names", t).contains(tc.provision());
      assertThat(tc.kind().isFunctional()).as("checks automate functional test cases; %s is conceptual", t).isTrue();
    }
  }

  @Test
  void messageKeysExistInEveryLanguage() {
    CheckDescriptor d = check().descriptor();
    List<String> keys = new ArrayList<>(d.messageKeys());
    keys.add(d.titleKey());
    for (String key : keys) {
      for (Language lang : Language.values()) {
        var text = MESSAGES.find(key, lang);
        assertThat(text).as("message %s in %s", key, lang.code()).isPresent();
        assertThat(text.get().fallback()).as("message %s has no %s translation", key, lang.code()).isFalse();
      }
    }
  }

  @Test
  void exampleFindingsRenderInEveryReportFormat() throws Exception {
    CheckDescriptor d = check().descriptor();
    Target target = sampleTarget();
    List<Finding> findings = new ArrayList<>();
    Outcome[] outcomes = Outcome.values();
    for (int i = 0; i < d.messageKeys().size(); i++) {
      findings.add(new Finding(d.id(), outcomes[i % outcomes.length], d.provisions(), new Subject.Device("192.0.2.1"),
          d.messageKeys().get(i), List.of("a1", "a2", "a3", "a4", "a5"), List.of(Observation.of("example", "value")), Confidence.HIGH));
    }
    AssessmentResult result = new AssessmentResult(target, Instant.EPOCH, Duration.ofSeconds(1), findings, Facts.empty(),
        Map.of(d.id(), d), List.of(new RunTime(d.id(), new Subject.Device("192.0.2.1"), Duration.ZERO, Duration.ofMillis(5))), 1);
    String version = CATALOG.defaultEn303645Version();
    var verdicts = new VerdictResolver(CATALOG).resolve(version, result, Declarations.NONE);
    Report report = new Report(new Report.ToolInfo("iotcop", "test", CATALOG.dataVersion()), version, result, verdicts,
        new RollUpCalculator(CATALOG).perGuideline(version, verdicts), List.of());
    List<ReportWriter> writers = ServiceLoader.load(ReportWriter.class).stream().map(ServiceLoader.Provider::get).toList();
    Set<String> formats = new HashSet<>();
    writers.forEach(w -> formats.add(w.format()));
    assertThat(formats).as("report formats on the test class path").contains("json", "text");
    for (ReportWriter w : writers) {
      for (Language lang : Language.values()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(List.of(report), new RenderOptions(Messages.of(MESSAGES, lang), CATALOG, false), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("%s report in %s", w.format(), lang.code()).isNotBlank();
      }
    }
  }

  @Test
  void subjectsComeFromTheFactsTheCheckDeclaresItNeedsInFull() {
    Check c = check();
    Set<Need> needs = c.descriptor().requires();
    Facts declared = sampleFacts().filter(f -> needs.stream().anyMatch(n -> (n.reach() == Need.Reach.ALL
        || n.reach() == Need.Reach.EACH) && n.kind().includes(f)));
    List<Subject> fromAll = List.copyOf(c.subjects(sampleTarget(), sampleFacts()));
    List<Subject> fromDeclared = List.copyOf(c.subjects(sampleTarget(), declared));
    assertThat(fromDeclared).as("the runner shows a check only the facts it declared it needs").isEqualTo(fromAll);
  }

  @Test
  void subjectsChosenForEachServiceOnlyGrowAndAreServices() {
    Check c = check();
    Set<Need> needs = c.descriptor().requires();
    List<Need> each = needs.stream().filter(n -> n.reach() == Need.Reach.EACH).toList();
    if (each.isEmpty()) {
      return;
    }
    List<Fact> growing = List.copyOf(sampleFacts().asSet());
    Set<Subject> before = Set.of();
    // The runner asks again as facts arrive; what it was given earlier must stay chosen, and be a service.
    for (int i = 0; i <= growing.size(); i++) {
      Facts known = Facts.of(growing.subList(0, i));
      Set<Subject> now = Set.copyOf(c.subjects(sampleTarget(), known));
      assertThat(now).as("subjects after %d of the sample facts", i).containsAll(before)
          .allSatisfy(x -> assertThat(x).isInstanceOf(Subject.Service.class));
      before = now;
    }
  }

  @Test
  void deadlineIsHonoured() throws Exception {
    Check c = check();
    Target target = sampleTarget();
    Facts facts = sampleFacts();
    List<? extends Subject> subjects = c.subjects(target, facts);
    assertThat(subjects).as("sample facts give the check something to run on").isNotEmpty();
    CheckContext ctx = TestContexts.expired(target, facts);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<CheckResult> f = pool.submit(() -> c.run(ctx, subjects.getFirst()));
      CheckResult r;
      try {
        r = f.get(5, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).as("a check past its deadline stops by throwing")
            .isInstanceOfAny(DeadlineExceededException.class, InterruptedException.class);
        return;
      } catch (java.util.concurrent.TimeoutException e) {
        f.cancel(true);
        throw new AssertionError("check " + c.descriptor().id() + " kept running 5 s past its deadline", e);
      }
      assertThat(r.findings()).as("a check past its deadline never reports PASS").noneMatch(x -> x.outcome() == Outcome.PASS);
    }
  }
}
