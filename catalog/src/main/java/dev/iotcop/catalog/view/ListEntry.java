package dev.iotcop.catalog.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One row of {@code catalog list}. A stable contract: {@code id}, {@code standard}, {@code version}, {@code title}
 * always; {@code status} for provisions; other fields where they apply. {@code titleLanguage} appears only when the title
 * fell back to another language than the one asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListEntry(
    String id,
    String standard,
    String version,
    String status,
    String title,
    String titleLanguage,
    String clause,
    Boolean provisional,
    List<String> conditions,
    List<Integer> guidelines,
    Boolean prioritised,
    List<String> stakeholders,
    String provision,
    String kind,
    String label) {
  /** The title as a person reads it: marked with its language when it fell back to another one. */
  @JsonIgnore
  public String shownTitle() {
    return titleLanguage == null ? title : "[" + titleLanguage + "] " + title;
  }
}
