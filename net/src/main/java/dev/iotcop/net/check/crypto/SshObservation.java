package dev.iotcop.net.check.crypto;

import dev.iotcop.net.proto.ssh.AuthMethodsOutcome;
import dev.iotcop.net.proto.ssh.SshProbeOutcome;
import java.util.Optional;

/** What the SSH probes saw: the identification and KEXINIT, and the answer to a "none" authentication request if asked. */
record SshObservation(SshProbeOutcome probe, Optional<AuthMethodsOutcome> auth) {}
