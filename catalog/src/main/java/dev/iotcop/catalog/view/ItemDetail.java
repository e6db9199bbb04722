package dev.iotcop.catalog.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything {@code catalog show} tells about one item. A stable contract: {@code id}, {@code status},
 * {@code conditions}, {@code title}, {@code summary}, {@code testCases} (ids), {@code guidelines} (numbers) and
 * {@code relations} are always present (empty or null where they do not apply).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemDetail(
    String id,
    String standard,
    String version,
    String kind,
    String status,
    String clause,
    boolean provisional,
    String evidence,
    List<ConditionView> conditions,
    String title,
    String summary,
    String language,
    boolean fallback,
    List<String> testCases,
    List<Integer> guidelines,
    List<String> provisions,
    List<RelationView> relations) {}
