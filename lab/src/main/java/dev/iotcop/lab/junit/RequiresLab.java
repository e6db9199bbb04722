package dev.iotcop.lab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that starts lab devices. Before it runs, the host is checked (root, network
 * namespaces, the programs of the named bundled profiles). If the lab cannot run, the test is skipped with the reason,
 * unless the environment variable {@code IOTCOP_LAB=required}, in which case it fails with the reason. With the
 * build property {@code iotcop.lab.tests=false} (set by {@code -Dlab.off}) it is skipped.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LabGate.class)
public @interface RequiresLab {

  /** Bundled profile names whose programs the host must have. */
  String[] profiles() default {};

  /** Further programs the test needs (for a profile it writes itself, say), as {@code HostPrograms} names them. */
  String[] programs() default {};
}
