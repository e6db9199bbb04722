package dev.iotcop.net.proto.telnet;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns that drive a login dialog. Prompt patterns are anchored at the end of the text received so far, since
 * a prompt is the last thing a server sends before it waits; message patterns may match anywhere.
 */
public record LoginPrompts(
    List<Pattern> login,
    List<Pattern> password,
    List<Pattern> shell,
    List<Pattern> rejected,
    List<Pattern> locked) {

  public LoginPrompts {
    login = List.copyOf(login);
    password = List.copyOf(password);
    shell = List.copyOf(shell);
    rejected = List.copyOf(rejected);
    locked = List.copyOf(locked);
  }

  public static LoginPrompts defaults() {
    int flags = Pattern.CASE_INSENSITIVE;
    return new LoginPrompts(
        List.of(Pattern.compile("(?:login|user ?name|user(?: ?id)?)\\s*:\\s*$", flags)),
        List.of(Pattern.compile("(?:password|passwd|pass ?code|pin)\\s*:\\s*$", flags)),
        List.of(Pattern.compile("[#$%>]\\s*$"), Pattern.compile("built-in shell|welcome to busybox", flags)),
        List.of(Pattern.compile("login incorrect|incorrect (?:login|password|user)|invalid (?:login|password|user|credentials)"
            + "|authentication fail|access denied|login fail|bad password|wrong password|permission denied", flags)),
        List.of(Pattern.compile("locked|too many|try again later|temporarily (?:disabled|blocked)|blocked"
            + "|max(?:imum)? (?:number of )?(?:attempts|retries|sessions|connections)", flags)));
  }
}
