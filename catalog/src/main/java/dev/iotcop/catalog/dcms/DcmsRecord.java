package dev.iotcop.catalog.dcms;

import java.util.List;

/**
 * One record of the DCMS open-data mapping of the Code of Practice: the guideline it maps to, the organisation and
 * document under one canonical name each (with the names as written), the section, and the excerpt as the user's file
 * holds it. {@code en303645Provisions} lists the EN 303 645 V2.1.1 provisions a record names, when it names any.
 */
public record DcmsRecord(
    int index,
    int guideline,
    String organisation,
    String organisationAsWritten,
    String document,
    String documentAsWritten,
    String section,
    String recommendation,
    String link,
    String notes,
    String addedAtVersion,
    List<String> en303645Provisions) {

  public DcmsRecord {
    en303645Provisions = List.copyOf(en303645Provisions);
  }
}
