package dev.iotcop.catalog.i18n;

import dev.iotcop.catalog.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** All user-facing messages of every module on the class path, in one language with visible English fallback. */
public final class Messages {
  private final TextBundle bundle;
  private final Language language;

  private Messages(TextBundle bundle, Language language) {
    this.bundle = bundle;
    this.language = language;
  }

  /** Collects the bundles of every {@link MessageBundleProvider} on the class path. */
  public static TextBundle discover(ClassLoader loader) {
    List<TextBundle> bundles = new ArrayList<>();
    ServiceLoader.load(MessageBundleProvider.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(MessageBundleProvider::baseName))
        .forEach(p -> bundles.add(TextBundle.load(p.baseName(), p.getClass().getClassLoader())));
    return TextBundle.merge("messages", bundles);
  }

  public static Messages of(TextBundle bundle, Language language) {
    return new Messages(bundle, language);
  }

  public Language language() {
    return language;
  }

  public TextBundle bundle() {
    return bundle;
  }

  public Messages in(Language other) {
    return new Messages(bundle, other);
  }

  /** The formatted message, marked with {@code [en]} when the language has no translation for it. */
  public String get(String key, Object... args) {
    return bundle.format(key, language, args).display();
  }
}
