package org.roundtable.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body that is saved as typed, whatever it holds (a referral draft), so that nothing typed is lost to validation.
 * Its declared limits are checked when it is used (at submit), not when it is saved.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeptAsTyped {
}
