package dev.iotcop.lab.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The server certificate the lab generates for a TLS service. Validity is relative to the day the device starts, so
 * a profile stays expired (negative {@code notAfterDays}) or valid whatever the date.
 *
 * @param key {@code rsa:BITS} or {@code ec:CURVE} (for example {@code rsa:1024}, {@code ec:prime256v1})
 * @param digest signature digest, for example {@code sha1} or {@code sha256}
 */
public record CertificateSpec(
    Issuer issuer, String key, String digest, Integer notBeforeDays, Integer notAfterDays, String commonName) {

  public enum Issuer {
    /** Signed by its own key. */
    @JsonProperty("self-signed") SELF_SIGNED,
    /** Signed by a CA the lab creates for the device; {@code LabDevice.labCa()} gives its certificate. */
    @JsonProperty("lab-ca") LAB_CA
  }

  public CertificateSpec {
    issuer = issuer == null ? Issuer.LAB_CA : issuer;
    key = key == null ? "ec:prime256v1" : key;
    if (!key.matches("rsa:(512|768|1024|2048|3072|4096)|ec:(prime256v1|secp384r1|secp521r1)")) {
      throw new IllegalArgumentException("certificate key '" + key + "' must be rsa:BITS or ec:CURVE");
    }
    digest = digest == null ? "sha256" : digest;
    if (!digest.matches("md5|sha1|sha224|sha256|sha384|sha512")) {
      throw new IllegalArgumentException("certificate digest '" + digest + "' is not supported");
    }
    notBeforeDays = notBeforeDays == null ? -1 : notBeforeDays;
    notAfterDays = notAfterDays == null ? 365 : notAfterDays;
    if (notAfterDays <= notBeforeDays) {
      throw new IllegalArgumentException("certificate notAfterDays must be later than notBeforeDays");
    }
    if (commonName != null && !commonName.matches("[A-Za-z0-9.*-]{1,64}")) {
      throw new IllegalArgumentException("certificate commonName '" + commonName + "' must be a host name");
    }
  }

  public boolean expired() {
    return notAfterDays < 0;
  }
}
