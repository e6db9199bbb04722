package dev.iotcop.catalog.view;

/** A relation from the shown item to another: its type, the other end and its title, and where the fact comes from. */
public record RelationView(String type, String to, String standard, String title, String basis, String source, boolean provisional) {}
