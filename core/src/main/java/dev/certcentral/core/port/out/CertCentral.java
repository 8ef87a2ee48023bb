package dev.certcentral.core.port.out;

/**
 * Everything this library needs of a CertCentral, seen through one API key, over a certificate's
 * whole life: the HTTP adapter implements it over the real service, the fake server over its
 * in-memory store.
 */
public interface CertCentral
    extends OrderPort,
        ValidationPort,
        RequestPort,
        OrderPlacementPort,
        DcvPort,
        ReissuePort,
        CertificatePort {}
