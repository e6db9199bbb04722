package dev.iotcop.net.proto.mdns;

/** The record type numbers this package models; any other type is kept as raw data. */
public final class DnsType {
  public static final int A = 1;
  public static final int PTR = 12;
  public static final int TXT = 16;
  public static final int AAAA = 28;
  public static final int SRV = 33;
  public static final int NSEC = 47;
  public static final int ANY = 255;
  public static final int CLASS_IN = 1;

  private DnsType() {}
}
