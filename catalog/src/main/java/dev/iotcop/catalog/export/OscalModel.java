package dev.iotcop.catalog.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of the OSCAL 1.1.3 catalog model iotcop writes, as records Jackson serialises with OSCAL's names. */
public final class OscalModel {
  private OscalModel() {}

  public record Document(Catalog catalog) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Catalog(String uuid, Metadata metadata, List<Group> groups, @JsonProperty("back-matter") BackMatter backMatter) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Metadata(
      String title,
      @JsonProperty("last-modified") String lastModified,
      String version,
      @JsonProperty("oscal-version") String oscalVersion,
      List<Property> props,
      List<Link> links,
      String remarks) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Group(String id, @JsonProperty("class") String cssClass, String title, List<Property> props, List<Control> controls) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Control(
      String id,
      @JsonProperty("class") String cssClass,
      String title,
      List<Property> props,
      List<Link> links,
      List<Part> parts) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Part(String id, String name, String ns, String title, String prose, List<Property> props) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Property(String name, String ns, String value, @JsonProperty("class") String cssClass) {
    public static Property of(String name, String value) {
      return new Property(name, null, value, null);
    }

    public static Property iotcop(String name, String value) {
      return new Property(name, OscalCatalogExporter.NAMESPACE, value, null);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Link(String href, String rel, String text) {}

  public record BackMatter(List<Resource> resources) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Resource(String uuid, String title, String description, List<ResourceLink> rlinks) {}

  public record ResourceLink(String href) {}
}
