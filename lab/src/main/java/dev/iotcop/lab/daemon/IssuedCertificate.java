package dev.iotcop.lab.daemon;

import java.nio.file.Path;

/** A PEM certificate and its PEM private key. */
public record IssuedCertificate(Path certificate, Path privateKey) {}
