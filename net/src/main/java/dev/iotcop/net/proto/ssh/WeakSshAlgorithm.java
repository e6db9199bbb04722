package dev.iotcop.net.proto.ssh;

/** An offered algorithm we consider weak, and why in a few words. */
public record WeakSshAlgorithm(SshAlgorithmKind kind, String name, String reason) {}
