package dev.iotcop.net.proto.coap;

import java.util.List;
import java.util.Optional;

/** One link of a CoRE Link Format document: its target and parameters in the order given. */
public record Link(String target, List<Param> params) {

  /** A link parameter; a parameter without "=" has no value. Quoted values are unquoted. */
  public record Param(String name, Optional<String> value) {}

  public Link {
    params = List.copyOf(params);
  }

  public Optional<String> param(String name) {
    return params.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().flatMap(Param::value);
  }

  public boolean has(String name) {
    return params.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
  }

  /** Resource types ("rt"), split on white space as RFC 6690 allows several in one value. */
  public List<String> resourceTypes() {
    return param("rt").map(v -> List.of(v.trim().split("\\s+"))).orElse(List.of());
  }

  public Optional<String> interfaceDescription() {
    return param("if");
  }

  public Optional<String> title() {
    return param("title");
  }
}
