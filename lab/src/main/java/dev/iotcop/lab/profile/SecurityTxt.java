package dev.iotcop.lab.profile;

import java.util.List;

/**
 * A /.well-known/security.txt (RFC 9116) the lab writes when the device starts, with {@code Expires} that many days
 * later (negative for an already expired file).
 */
public record SecurityTxt(List<String> contact, Integer expiresInDays, String preferredLanguages, String policy) {

  public SecurityTxt {
    contact = contact == null ? List.of() : List.copyOf(contact);
    contact.forEach(c -> Names.requireLine(c, "security.txt contact"));
    expiresInDays = expiresInDays == null ? 180 : expiresInDays;
    preferredLanguages = Names.requireLine(preferredLanguages, "security.txt preferred languages");
    policy = Names.requireLine(policy, "security.txt policy");
  }
}
