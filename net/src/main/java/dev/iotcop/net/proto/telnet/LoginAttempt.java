package dev.iotcop.net.proto.telnet;

import dev.iotcop.engine.evidence.Transcript;

/**
 * One login attempt's outcome with the dialog that led to it. The password line of the transcript is flagged secret.
 *
 * @param proof the text that decided the outcome (a prompt, a message), for evidence
 */
public record LoginAttempt(LoginOutcome outcome, String proof, Transcript transcript) {}
