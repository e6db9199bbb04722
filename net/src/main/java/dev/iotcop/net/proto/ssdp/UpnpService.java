package dev.iotcop.net.proto.ssdp;

/** One service of a UPnP device; URLs are as written in the description (often relative to the description). */
public record UpnpService(String serviceType, String serviceId, String controlUrl, String eventSubUrl, String scpdUrl) {}
