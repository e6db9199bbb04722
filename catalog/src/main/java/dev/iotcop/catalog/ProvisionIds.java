package dev.iotcop.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders identifiers such as {@code 5.3-10}, {@code 5.3-4A} or {@code 5.1-1-2} the way a reader expects. */
public final class ProvisionIds {
  private static final Pattern PART = Pattern.compile("(\\d+)|([^\\d]+)");

  private ProvisionIds() {}

  public static int compare(String a, String b) {
    List<Object> pa = parts(a);
    List<Object> pb = parts(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      Object x = pa.get(i);
      Object y = pb.get(i);
      int c;
      if (x instanceof Long lx && y instanceof Long ly) {
        c = Long.compare(lx, ly);
      } else if (x instanceof Long) {
        c = -1;
      } else if (y instanceof Long) {
        c = 1;
      } else {
        c = ((String) x).compareTo((String) y);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.size(), pb.size());
  }

  private static List<Object> parts(String s) {
    List<Object> out = new ArrayList<>();
    Matcher m = PART.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        String digits = m.group(1);
        out.add(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits));
      } else {
        out.add(m.group(2));
      }
    }
    return out;
  }
}
