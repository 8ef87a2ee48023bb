package dev.certcentral.core.port.out;

/**
 * Everything this library needs of a CertCentral, seen through one API key: the HTTP adapter
 * implements it over the real service, the fake server over its in-memory store.
 */
public interface CertCentral extends OrderPort, ValidationPort, RequestPort {}
