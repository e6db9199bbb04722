package dev.iotcop.engine.report;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.i18n.Messages;

/** How to render a report: in which language (messages and catalog titles), and whether found secrets are shown. */
public record RenderOptions(Messages messages, Catalog catalog, boolean showSecrets) {}
