package dev.iotcop.catalog.view;

/** A condition or feature of a provision's status, with its meaning in the chosen language. */
public record ConditionView(String id, String kind, String title, boolean provisional) {}
