package dev.certcentral.core.port.in;

/** Every use case of the order lifecycle, as one entry point for applications. */
public interface CertCentralUseCases
    extends CancelOrderUseCase,
        RevokeOrderCertificatesUseCase,
        GetOrderUseCase,
        ListOrdersUseCase,
        GetValidationStatusUseCase,
        GetRequestUseCase,
        ListRequestsUseCase,
        DecideRequestUseCase,
        AwaitDecisionUseCase {}
