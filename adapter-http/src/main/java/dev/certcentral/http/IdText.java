package dev.certcentral.http;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An id CertCentral sends as a number in one place and a string in another (seed 004). */
@Retention(RetentionPolicy.RUNTIME)
@JsonQualifier
@interface IdText {}
